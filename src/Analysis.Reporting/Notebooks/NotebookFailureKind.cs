namespace Analysis.Reporting.Notebooks;

/// <summary>Why a notebook run stopped at a cell.</summary>
public enum NotebookFailureKind
{
    /// <summary>A directive the runner cannot honour: an unpinned or mismatched package, a magic command, another kernel.</summary>
    Directive,

    /// <summary>The cell does not compile.</summary>
    Compilation,

    /// <summary>The cell threw.</summary>
    Runtime,

    /// <summary>The cell ran longer than the per-cell timeout.</summary>
    Timeout,

    /// <summary>The cell is tagged <c>chart</c> but displayed no image.</summary>
    MissingChart,
}
