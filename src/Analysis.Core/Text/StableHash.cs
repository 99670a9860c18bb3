namespace Analysis.Core.Text;

/// <summary>
/// A 64-bit hash of text (FNV-1a over the UTF-16 characters) that is the same in every process, unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process: what is keyed by it (story
/// profiles, the ids a run has seen) must come out the same in every run.
/// </summary>
internal static class StableHash
{
    /// <summary>The hash of nothing, to start from.</summary>
    public const ulong Empty = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="text"/> following what <paramref name="hash"/> hashed.</summary>
    public static ulong Of(ReadOnlySpan<char> text, ulong hash = Empty)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
