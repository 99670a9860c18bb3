namespace Analysis.Core.Frames;

/// <summary>
/// The runner's data folder cannot be loaded: a file is missing, lacks a column the loader needs, or holds a
/// value of the wrong type. The message names the file (and the row) and says what to do.
/// </summary>
public sealed class RunnerDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunnerDataException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public RunnerDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public RunnerDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
