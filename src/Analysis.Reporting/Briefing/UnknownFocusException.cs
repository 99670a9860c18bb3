namespace Analysis.Reporting.Briefing;

/// <summary>The focus actor asked for is not among the actors the corpus names.</summary>
public sealed class UnknownFocusException : Exception
{
    /// <summary>Creates the exception for <paramref name="focus"/> with the names closest to it.</summary>
    public UnknownFocusException(string focus, IReadOnlyList<string> closest)
        : base(Describe(focus, closest))
    {
        Focus = focus;
        Closest = closest;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public UnknownFocusException(string message)
        : base(message)
    {
        Focus = string.Empty;
        Closest = [];
    }

    /// <summary>Creates the exception with a message of its own and its cause.</summary>
    public UnknownFocusException(string message, Exception innerException)
        : base(message, innerException)
    {
        Focus = string.Empty;
        Closest = [];
    }

    /// <summary>Creates the exception with no message of its own.</summary>
    public UnknownFocusException()
        : this("The focus actor is not named in the corpus.")
    {
    }

    /// <summary>The name asked for.</summary>
    public string Focus { get; }

    /// <summary>The names of the corpus's actors closest to <see cref="Focus"/>, closest first.</summary>
    public IReadOnlyList<string> Closest { get; }

    private static string Describe(string focus, IReadOnlyList<string> closest) =>
        closest.Count == 0
            ? $"no actor named '{focus}' in this corpus."
            : $"no actor named '{focus}' in this corpus; the closest names are {string.Join(", ", closest.Select(n => $"'{n}'"))}.";
}
