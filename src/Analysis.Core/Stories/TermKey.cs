namespace Analysis.Core.Stories;

/// <summary>
/// 64-bit keys for terms and actor ids (FNV-1a over the UTF-16 characters). Story profiles keep keys, not
/// strings, so a profile costs a few bytes per term whatever the words' length. The hash is fixed, unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process: the same input must give the same
/// stories in every run. Actor keys hash a leading <c>@</c>, which no term contains (terms are letters and
/// digits), so a term and an actor id never share a key.
/// </summary>
internal static class TermKey
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The key of a normalised term.</summary>
    public static ulong OfTerm(ReadOnlySpan<char> term) => Hash(OffsetBasis, term);

    /// <summary>The key of an actor id.</summary>
    public static ulong OfActor(string actorId)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return Hash(Hash(OffsetBasis, "@"), actorId);
    }

    private static ulong Hash(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
