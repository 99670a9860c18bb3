using Analysis.Core.Notebook;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// What every cell sees besides its own code when the runner executes a notebook: the kernel's
/// <c>display(...)</c>. Public because compiled cells call it; notebooks never create it.
/// </summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals()
    {
    }

    internal CellOutputs? Outputs { get; set; }

    /// <summary>
    /// Shows <paramref name="value"/> below the cell, formatted as <see cref="NotebookDisplay.Format(object?)"/>
    /// formats it (a chart as an image, a table as HTML), like .NET Interactive's <c>display</c>.
    /// </summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">The MIME types to show it as; the value type's preferred ones when none is given.</param>
    /// <remarks>Lower case as in .NET Interactive, so that a cell reads the same here and in Polyglot Notebooks.</remarks>
    public void display(object? value, params string[] mimeTypes)
    {
        var outputs = Outputs ?? throw new InvalidOperationException("display(...) was called outside a running cell.");
        outputs.Add(NotebookOutput.Display(NotebookDisplay.Format(value, mimeTypes ?? [])));
    }
}
