using System.Buffers.Binary;
using System.Text;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>Reads UTF-16 and UTF-32 bytes, counting what could not be read.</summary>
internal static class WideDecoding
{
    // Replacement fallback, no byte order mark handling: the caller has already removed the mark.
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>The lower-case web name reported in <see cref="DecodedText.Encoding"/>.</summary>
    public static string WebName(UnicodeScheme scheme) => scheme switch
    {
        UnicodeScheme.Utf16LE => "utf-16le",
        UnicodeScheme.Utf16BE => "utf-16be",
        UnicodeScheme.Utf32LE => "utf-32le",
        UnicodeScheme.Utf32BE => "utf-32be",
        _ => "utf-8",
    };

    /// <summary>The name used in notes, as people write it.</summary>
    public static string DisplayName(UnicodeScheme scheme) => scheme switch
    {
        UnicodeScheme.Utf16LE => "UTF-16LE",
        UnicodeScheme.Utf16BE => "UTF-16BE",
        UnicodeScheme.Utf32LE => "UTF-32LE",
        UnicodeScheme.Utf32BE => "UTF-32BE",
        _ => "UTF-8",
    };

    /// <summary>
    /// Decodes <paramref name="bytes"/> (without byte order mark) as UTF-16 or UTF-32, replacing
    /// unpaired surrogates, out-of-range code points and a truncated last unit with U+FFFD.
    /// </summary>
    /// <param name="bytes">The encoded text.</param>
    /// <param name="scheme">A UTF-16 or UTF-32 scheme.</param>
    /// <param name="replacements">How many U+FFFD the decoder had to insert.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, UnicodeScheme scheme, out int replacements)
    {
        var encoding = scheme switch
        {
            UnicodeScheme.Utf16LE => Utf16Le,
            UnicodeScheme.Utf16BE => Utf16Be,
            UnicodeScheme.Utf32LE => Utf32Le,
            UnicodeScheme.Utf32BE => Utf32Be,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Not a UTF-16 or UTF-32 scheme."),
        };

        string text = encoding.GetString(bytes);
        int inText = text.AsSpan().Count('\uFFFD');

        // The decoder's own replacement rules decide the count; only a genuine U+FFFD that was already
        // in the data must be told apart, and that is rare enough to look for only when needed.
        replacements = inText == 0 ? 0 : inText - CountEncodedReplacementCharacters(bytes, scheme);
        return text;
    }

    private static int CountEncodedReplacementCharacters(ReadOnlySpan<byte> bytes, UnicodeScheme scheme)
    {
        bool utf32 = scheme is UnicodeScheme.Utf32LE or UnicodeScheme.Utf32BE;
        bool bigEndian = scheme is UnicodeScheme.Utf16BE or UnicodeScheme.Utf32BE;
        int unitSize = utf32 ? 4 : 2;
        int count = 0;
        for (int offset = 0; offset + unitSize <= bytes.Length; offset += unitSize)
        {
            var unit = bytes.Slice(offset, unitSize);
            uint value = (utf32, bigEndian) switch
            {
                (true, true) => BinaryPrimitives.ReadUInt32BigEndian(unit),
                (true, false) => BinaryPrimitives.ReadUInt32LittleEndian(unit),
                (false, true) => BinaryPrimitives.ReadUInt16BigEndian(unit),
                (false, false) => BinaryPrimitives.ReadUInt16LittleEndian(unit),
            };
            if (value == 0xFFFD)
            {
                count++;
            }
        }

        return count;
    }
}
