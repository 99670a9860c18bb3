namespace Analysis.Core.Corpus;

/// <summary>
/// The corpus as a whole cannot be read (the folder is missing or is a file). Problems with single
/// files never throw: they are recorded in the ingest report and the run goes on.
/// </summary>
public sealed class CorpusException : Exception
{
    /// <summary>Creates the exception with a message that says what to do.</summary>
    public CorpusException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CorpusException()
        : base("The corpus folder cannot be read.")
    {
    }
}
