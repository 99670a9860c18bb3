namespace Analysis.Reporting.Notebooks;

/// <summary>The outcome of running a notebook.</summary>
/// <param name="Path">The notebook's path.</param>
/// <param name="Notebook">The notebook with the outputs of the cells that ran (the failing cell shows its error).</param>
/// <param name="CellsRun">Code cells that ran to completion.</param>
/// <param name="Failure">The cell the run stopped at, or null when every cell succeeded.</param>
/// <param name="FileChanged">True when the outputs were saved and the file's content changed.</param>
public sealed record NotebookRunResult(string Path, Notebook Notebook, int CellsRun, NotebookCellFailure? Failure, bool FileChanged)
{
    /// <summary>True when every code cell ran.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Throws when a cell failed.</summary>
    /// <exception cref="NotebookRunException">A cell failed; its message names the notebook and the cell.</exception>
    public void ThrowIfFailed()
    {
        if (Failure is not null)
        {
            throw new NotebookRunException(Failure);
        }
    }
}
