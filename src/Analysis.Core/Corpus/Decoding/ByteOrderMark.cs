namespace Analysis.Core.Corpus.Decoding;

/// <summary>Recognises the byte order marks that announce a Unicode encoding at the start of a file.</summary>
internal static class ByteOrderMark
{
    /// <summary>
    /// Finds a byte order mark at the start of <paramref name="bytes"/>.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="scheme">The encoding the mark announces.</param>
    /// <param name="length">How many bytes the mark takes; the text starts after them.</param>
    /// <returns>True when a mark was found.</returns>
    public static bool TryDetect(ReadOnlySpan<byte> bytes, out UnicodeScheme scheme, out int length)
    {
        // UTF-32LE's mark begins with UTF-16LE's, so it must be tried first. A UTF-16LE file whose
        // first character is U+0000 would be misread, but such a file is not text anyway.
        ReadOnlySpan<byte> utf32Le = [0xFF, 0xFE, 0x00, 0x00];
        ReadOnlySpan<byte> utf32Be = [0x00, 0x00, 0xFE, 0xFF];
        ReadOnlySpan<byte> utf8 = [0xEF, 0xBB, 0xBF];
        ReadOnlySpan<byte> utf16Le = [0xFF, 0xFE];
        ReadOnlySpan<byte> utf16Be = [0xFE, 0xFF];

        (scheme, length) =
            bytes.StartsWith(utf32Le) ? (UnicodeScheme.Utf32LE, 4)
            : bytes.StartsWith(utf32Be) ? (UnicodeScheme.Utf32BE, 4)
            : bytes.StartsWith(utf8) ? (UnicodeScheme.Utf8, 3)
            : bytes.StartsWith(utf16Le) ? (UnicodeScheme.Utf16LE, 2)
            : bytes.StartsWith(utf16Be) ? (UnicodeScheme.Utf16BE, 2)
            : (UnicodeScheme.Utf8, 0);
        return length > 0;
    }
}
