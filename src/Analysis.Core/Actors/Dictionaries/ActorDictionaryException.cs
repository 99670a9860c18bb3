namespace Analysis.Core.Actors.Dictionaries;

/// <summary>
/// An actor dictionary file cannot be used: it is missing, unreadable or malformed. The message names the
/// file, the line and column, what is wrong, and what to write instead.
/// </summary>
public sealed class ActorDictionaryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ActorDictionaryException()
    {
    }

    /// <summary>Creates the exception with a message that states the cause and the fix.</summary>
    public ActorDictionaryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the error that caused it.</summary>
    public ActorDictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
