namespace Analysis.Reporting.Notebooks;

/// <summary>
/// A notebook stopped at a cell (see <see cref="NotebookRunResult.ThrowIfFailed"/>): the message names the
/// notebook, the cell's number and index, and the compiler's or the exception's message.
/// </summary>
public sealed class NotebookRunException : Exception
{
    /// <summary>Creates the exception for <paramref name="failure"/>.</summary>
    public NotebookRunException(NotebookCellFailure failure)
        : base(failure?.ToString())
    {
        Failure = failure;
    }

    /// <summary>Creates the exception with a message that says what to do.</summary>
    public NotebookRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public NotebookRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public NotebookRunException()
        : base("A notebook cell failed.")
    {
    }

    /// <summary>The failing cell, when known.</summary>
    public NotebookCellFailure? Failure { get; }
}
