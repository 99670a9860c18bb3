namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// The text read from a file's bytes, the encoding it was read in, and what had to be repaired or
/// guessed on the way, so that an analyst can judge how far to trust it.
/// </summary>
/// <param name="Text">
/// The decoded text, without byte order mark. It is not yet normalised: line breaks, control characters
/// and Unicode composition are left as found, so the text normaliser must run before offsets are taken.
/// </param>
/// <param name="Encoding">
/// The web name of the encoding the bytes were read in, in lower case: <c>utf-8</c>, <c>utf-16le</c>,
/// <c>utf-16be</c>, <c>utf-32le</c>, <c>utf-32be</c>, <c>windows-1252</c>, or another legacy code page.
/// </param>
/// <param name="Notes">
/// Human-readable remarks such as <c>2 invalid UTF-8 sequences replaced</c>; empty when the bytes were
/// clean and the encoding was certain.
/// </param>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Value equality, notes included: the compiler-generated equality would compare the notes list by
    /// reference, so two identical decodings would differ.
    /// </summary>
    public bool Equals(DecodedText? other) =>
        other is not null
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Encoding, other.Encoding, StringComparison.Ordinal)
        && Notes.SequenceEqual(other.Notes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), StringComparer.Ordinal.GetHashCode(Encoding), Notes.Count);
}
