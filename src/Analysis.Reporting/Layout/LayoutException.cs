namespace Analysis.Reporting.Layout;

/// <summary>A document that cannot be laid out as composed (a table row with the wrong number of cells, a page too small for its margins); the message says what to change.</summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LayoutException()
        : base("The document cannot be laid out.")
    {
    }

    /// <summary>Creates the exception with a message that states the cause and the fix.</summary>
    public LayoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
