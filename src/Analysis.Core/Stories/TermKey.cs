using Analysis.Core.Text;

namespace Analysis.Core.Stories;

/// <summary>
/// 64-bit keys for terms and actor ids (<see cref="StableHash"/>). Story profiles keep keys, not strings, so
/// a profile costs a few bytes per term whatever the words' length, and the same input gives the same
/// stories in every run. Actor keys hash a leading <c>@</c>, which no term contains (terms are letters and
/// digits), so a term and an actor id never share a key.
/// </summary>
internal static class TermKey
{
    /// <summary>The key of a normalised term.</summary>
    public static ulong OfTerm(ReadOnlySpan<char> term) => StableHash.Of(term);

    /// <summary>The key of an actor id.</summary>
    public static ulong OfActor(string actorId)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return StableHash.Of(actorId, StableHash.Of("@"));
    }
}
