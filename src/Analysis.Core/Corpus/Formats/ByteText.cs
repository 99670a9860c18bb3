using Analysis.Core.Corpus.Decoding;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// A file's bytes as the formats need them: decoded, and for plain text and HTML also normalised so
/// offsets are stable; or the reason the bytes are not text. Notes from both steps are kept for the
/// ingest report.
/// </summary>
internal sealed record ByteText(string Text, string Encoding, IReadOnlyList<string> Notes, string? Problem)
{
    /// <summary>Decodes and normalises.</summary>
    public static ByteText Decode(byte[] bytes) => Decode(bytes, normalize: true);

    /// <summary>
    /// Decodes only. JSON must be parsed before it is normalised: U+2028 and U+2029 are legal inside
    /// JSON strings, and turning them into line breaks would split a JSON Lines record in two.
    /// </summary>
    public static ByteText DecodeOnly(byte[] bytes) => Decode(bytes, normalize: false);

    /// <summary>Normalises text that did not come from bytes (JSON string values, HTML attributes).</summary>
    public static string Normalize(string text) => TextNormalizer.Normalize(text);

    private static ByteText Decode(byte[] bytes, bool normalize)
    {
        var result = TextDecoder.Decode(bytes);
        if (!result.IsDecoded)
        {
            return new ByteText(string.Empty, string.Empty, [], result.RejectionReason);
        }

        var notes = new List<string>(result.Decoded.Notes);
        var text = normalize ? TextNormalizer.Normalize(result.Decoded.Text, notes) : result.Decoded.Text;
        return new ByteText(text, result.Decoded.Encoding, notes, null);
    }
}
