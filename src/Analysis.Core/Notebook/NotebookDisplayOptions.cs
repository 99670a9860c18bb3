namespace Analysis.Core.Notebook;

/// <summary>How values look in a notebook: the size charts are drawn at and how many rows a table shows.</summary>
/// <param name="PlotWidth">Width in pixels of a chart's image.</param>
/// <param name="PlotHeight">Height in pixels of a chart's image.</param>
/// <param name="MaxRows">Rows of a table shown before a "… N more rows" line.</param>
public sealed record NotebookDisplayOptions(int PlotWidth = 800, int PlotHeight = 500, int MaxRows = 100)
{
    /// <summary>800 × 500 charts (readable in a notebook column and on a slide) and 100 rows per table.</summary>
    public static NotebookDisplayOptions Default { get; } = new();

    /// <summary>Checks that the sizes and the row limit are positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size or the row limit is zero or negative.</exception>
    internal NotebookDisplayOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PlotWidth, 1, nameof(PlotWidth));
        ArgumentOutOfRangeException.ThrowIfLessThan(PlotHeight, 1, nameof(PlotHeight));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRows, 1, nameof(MaxRows));
        return this;
    }
}
