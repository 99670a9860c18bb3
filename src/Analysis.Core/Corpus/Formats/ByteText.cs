using Analysis.Core.Corpus.Decoding;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// A file's bytes as every format needs them: decoded, then normalised so offsets are stable; or the
/// reason the bytes are not text. Notes from both steps are kept for the ingest report.
/// </summary>
internal sealed record ByteText(string Text, string Encoding, IReadOnlyList<string> Notes, string? Problem)
{
    public static ByteText Decode(byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes);
        if (!result.IsDecoded)
        {
            return new ByteText(string.Empty, string.Empty, [], result.RejectionReason);
        }

        var notes = new List<string>(result.Decoded.Notes);
        var text = TextNormalizer.Normalize(result.Decoded.Text, notes);
        return new ByteText(text, result.Decoded.Encoding, notes, null);
    }

    /// <summary>Normalises text that did not come from bytes (JSON string values, HTML attributes).</summary>
    public static string Normalize(string text) => TextNormalizer.Normalize(text);
}
