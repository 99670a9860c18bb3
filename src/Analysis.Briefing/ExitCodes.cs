namespace Analysis.Briefing;

/// <summary>The runner's exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Done; skipped files, if any, are in the summary and in ingest.csv.</summary>
    public const int Success = 0;

    /// <summary>
    /// Bad arguments (one <c>error:</c> line per bad value), a corpus folder that does not exist, output and
    /// corpus folders that meet (links resolved), an actor dictionary missing or malformed, or a
    /// <c>--focus</c> actor the corpus does not name.
    /// </summary>
    public const int UsageError = 1;

    /// <summary>The corpus was read but not one article could be loaded.</summary>
    public const int NoArticle = 2;

    /// <summary>The output folder, or the temporary folder a large run sets ties and closed stories aside in, cannot be written.</summary>
    public const int OutputNotWritable = 3;

    /// <summary>A defect in the tool itself; the message asks for a report.</summary>
    public const int InternalError = 4;

    /// <summary>A notebook cell failed (<c>notebooks</c> subcommand); the message names the notebook, the cell and the error.</summary>
    public const int NotebookFailed = 5;

    /// <summary>Interrupted (Ctrl+C); outputs of an earlier run are left as they were. 130 is the shell's convention for SIGINT.</summary>
    public const int Cancelled = 130;
}
