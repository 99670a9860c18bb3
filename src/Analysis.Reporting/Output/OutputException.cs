namespace Analysis.Reporting.Output;

/// <summary>The output folder cannot be created or written. The message names the folder and the cause.</summary>
public sealed class OutputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public OutputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public OutputException()
        : base("The output folder cannot be written.")
    {
    }
}
