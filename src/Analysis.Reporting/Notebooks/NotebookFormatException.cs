namespace Analysis.Reporting.Notebooks;

/// <summary>
/// A file cannot be read as a notebook: it is not JSON, or it lacks the cells a notebook has. Raised
/// before anything runs; the message names the file and what is wrong with it.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception with a message that says what to do.</summary>
    public NotebookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public NotebookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public NotebookFormatException()
        : base("The file is not a readable notebook.")
    {
    }
}
