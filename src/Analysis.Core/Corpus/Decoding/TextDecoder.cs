using System.Text;
using System.Text.Unicode;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Turns a scraped file's bytes into text, whatever encoding it came in, or says why it is not text.
/// Never throws for any input: every expected outcome is a <see cref="DecodeResult"/>.
/// </summary>
internal static class TextDecoder
{
    private const string Utf8Name = "utf-8";

    /// <summary>
    /// Decodes <paramref name="bytes"/>. In order: a byte order mark decides; a known binary signature
    /// rejects; a UTF-16 NUL pattern is read as UTF-16; NULs or control bytes in quantity reject (a
    /// few NULs are dropped); strict UTF-8, then mostly-valid UTF-8, is read as UTF-8; anything else is
    /// read in a legacy code page, windows-1252 unless the detector plausibly says otherwise.
    /// </summary>
    /// <param name="bytes">A whole file. Empty input decodes to empty text.</param>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Accept(string.Empty, Utf8Name, null);
        }

        if (ByteOrderMark.TryDetect(bytes, out var scheme, out int markLength))
        {
            var body = bytes[markLength..];
            return scheme == UnicodeScheme.Utf8
                ? DecodeNarrow(body, declaredUtf8: true)
                : DecodeWide(body, scheme, null);
        }

        if (BinarySignatures.Identify(bytes) is { } format)
        {
            return DecodeResult.Rejected($"binary file ({format})");
        }

        return DecodeNarrow(bytes, declaredUtf8: false);
    }

    private static DecodeResult DecodeNarrow(ReadOnlySpan<byte> bytes, bool declaredUtf8)
    {
        var scan = ByteScan.Of(bytes);
        if (!declaredUtf8 && scan.Utf16WithoutBom() is { } utf16)
        {
            return DecodeWide(bytes, utf16, $"{WideDecoding.DisplayName(utf16)} without BOM");
        }

        if (scan.HasBinaryNuls)
        {
            return DecodeResult.Rejected("binary content (NUL bytes)");
        }

        if (scan.HasBinaryControls)
        {
            return DecodeResult.Rejected("binary content (control characters)");
        }

        List<string>? notes = null;
        if (scan.Nuls > 0)
        {
            bytes = WithoutNuls(bytes, scan.Nuls);
            Add(ref notes, $"{NoteText.Count(scan.Nuls, "NUL byte", "NUL bytes")} dropped");
        }

        if (Utf8.IsValid(bytes))
        {
            return Accept(Encoding.UTF8.GetString(bytes), Utf8Name, notes);
        }

        var census = Utf8Census.Of(bytes);
        if (declaredUtf8 || census.IsMostlyUtf8)
        {
            string text = Encoding.UTF8.GetString(bytes);
            int invalid = census.InvalidSequences;
            Add(ref notes, $"{NoteText.Count(invalid, "invalid UTF-8 sequence", "invalid UTF-8 sequences")} replaced");
            return Accept(text, Utf8Name, notes);
        }

        notes ??= [];
        var legacy = LegacyEncodingGuess.Choose(bytes, notes);
        return Accept(legacy.GetString(bytes), legacy.WebName, notes);
    }

    private static DecodeResult DecodeWide(ReadOnlySpan<byte> bytes, UnicodeScheme scheme, string? detectionNote)
    {
        List<string>? notes = null;
        if (detectionNote is not null)
        {
            Add(ref notes, detectionNote);
        }

        string text = WideDecoding.Decode(bytes, scheme, out int replacements);

        // A byte order mark or a NUL pattern can occur by chance in binary data; what it decodes to
        // must still look like text.
        var (nuls, longestNulRun, controls) = CountControls(text);
        if (BinaryHeuristics.TooManyNuls(nuls, longestNulRun, text.Length))
        {
            return DecodeResult.Rejected("binary content (NUL characters)");
        }

        if (BinaryHeuristics.TooManyControls(controls, text.Length))
        {
            return DecodeResult.Rejected("binary content (control characters)");
        }

        if (nuls > 0)
        {
            text = text.Replace("\0", string.Empty, StringComparison.Ordinal);
            Add(ref notes, $"{NoteText.Count(nuls, "NUL character", "NUL characters")} dropped");
        }

        if (replacements > 0)
        {
            string invalid = $"invalid {WideDecoding.DisplayName(scheme)} sequence";
            Add(ref notes, $"{NoteText.Count(replacements, invalid, invalid + "s")} replaced");
        }

        return Accept(text, WideDecoding.WebName(scheme), notes);
    }

    private static (int Nuls, int LongestNulRun, int Controls) CountControls(string text)
    {
        int nuls = 0, run = 0, longestRun = 0, controls = 0;

        // Text from UTF-16 and UTF-32 files is rare enough in the corpus for a plain loop.
        foreach (char c in text)
        {
            if (c == '\0')
            {
                nuls++;
                run++;
                longestRun = Math.Max(longestRun, run);
                continue;
            }

            run = 0;
            if (BinaryHeuristics.IsSuspiciousControl(c))
            {
                controls++;
            }
        }

        return (nuls, longestRun, controls);
    }

    private static byte[] WithoutNuls(ReadOnlySpan<byte> bytes, int nulCount)
    {
        var kept = new byte[bytes.Length - nulCount];
        int written = 0;
        foreach (byte b in bytes)
        {
            if (b != 0)
            {
                kept[written++] = b;
            }
        }

        return kept;
    }

    private static void Add(ref List<string>? notes, string note) => (notes ??= []).Add(note);

    // Most files need no note; they share one empty list instead of allocating their own.
    private static DecodeResult Accept(string text, string encoding, List<string>? notes) =>
        DecodeResult.Accepted(new DecodedText(text, encoding, notes is null or { Count: 0 } ? [] : [.. notes]));
}
