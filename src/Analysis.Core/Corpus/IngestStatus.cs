namespace Analysis.Core.Corpus;

/// <summary>The fate of one input file (or one article of a multi-article file).</summary>
public enum IngestStatus
{
    /// <summary>Read and turned into a document.</summary>
    Loaded,

    /// <summary>Same bytes or same text as a document already loaded; not loaded again.</summary>
    Duplicate,

    /// <summary>Not loaded, for the stated reason.</summary>
    Skipped,
}
