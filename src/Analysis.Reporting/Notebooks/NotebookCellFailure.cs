namespace Analysis.Reporting.Notebooks;

/// <summary>The cell a notebook run stopped at, and why.</summary>
/// <param name="Notebook">The notebook's path.</param>
/// <param name="CellNumber">The cell's number among code cells, from 1 (what a reader counts).</param>
/// <param name="CellIndex">The cell's index among all cells, from 0 (its place in the .ipynb's array).</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">The compiler's, the exception's or the runner's message.</param>
public sealed record NotebookCellFailure(string Notebook, int CellNumber, int CellIndex, NotebookFailureKind Kind, string Message)
{
    /// <summary>One line for a terminal or a test failure: notebook, cell number and index, message.</summary>
    public override string ToString() =>
        $"{Path.GetFileName(Notebook)}: cell {CellNumber} (index {CellIndex} among all cells) {Describe(Kind)}: {Message}";

    private static string Describe(NotebookFailureKind kind) => kind switch
    {
        NotebookFailureKind.Directive => "has a directive the runner cannot honour",
        NotebookFailureKind.Compilation => "does not compile",
        NotebookFailureKind.Runtime => "threw",
        NotebookFailureKind.Timeout => "timed out",
        NotebookFailureKind.MissingChart => "is tagged chart but displayed no image",
        _ => "failed",
    };
}
