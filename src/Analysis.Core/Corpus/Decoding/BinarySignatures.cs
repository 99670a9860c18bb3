namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Recognises binary file formats by their magic numbers, so that a scraped PDF or image is rejected
/// with its name rather than decoded into noise.
/// </summary>
internal static class BinarySignatures
{
    // Ordered: the specific RIFF and ZIP-family entries come before the generic ones.
    private static readonly Signature[] Table =
    [
        new("PNG image", Part(0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)),
        new("JPEG image", Part(0, 0xFF, 0xD8, 0xFF)),
        new("GIF image", Part(0, "GIF87a")),
        new("GIF image", Part(0, "GIF89a")),
        new("WebP image", Part(0, "RIFF"), Part(8, "WEBP")),
        new("WAV audio", Part(0, "RIFF"), Part(8, "WAVE")),
        new("AVI video", Part(0, "RIFF"), Part(8, "AVI ")),
        new("RIFF container", Part(0, "RIFF")),
        new("TIFF image", Part(0, 0x49, 0x49, 0x2A, 0x00)),
        new("TIFF image", Part(0, 0x4D, 0x4D, 0x00, 0x2A)),
        new("Photoshop image", Part(0, "8BPS")),
        new("PDF document", Part(0, "%PDF-")),
        new("ZIP archive (also docx, xlsx, odt, epub)", Part(0, 0x50, 0x4B, 0x03, 0x04)),
        new("ZIP archive (also docx, xlsx, odt, epub)", Part(0, 0x50, 0x4B, 0x05, 0x06)),
        new("ZIP archive (also docx, xlsx, odt, epub)", Part(0, 0x50, 0x4B, 0x07, 0x08)),
        new("Microsoft Office document (OLE: doc, xls, ppt, msg)", Part(0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
        new("gzip archive", Part(0, 0x1F, 0x8B, 0x08)),
        new("7-Zip archive", Part(0, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)),
        new("RAR archive", Part(0, "Rar!\u001A\u0007")),
        new("bzip2 archive", Part(0, "BZh"), Part(4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)),
        new("xz archive", Part(0, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)),
        new("Zstandard archive", Part(0, 0x28, 0xB5, 0x2F, 0xFD)),
        new("SQLite database", Part(0, "SQLite format 3\0")),
        new("ELF executable", Part(0, 0x7F, 0x45, 0x4C, 0x46)),
        new("Mach-O executable", Part(0, 0xFE, 0xED, 0xFA, 0xCE)),
        new("Mach-O executable", Part(0, 0xFE, 0xED, 0xFA, 0xCF)),
        new("Mach-O executable", Part(0, 0xCE, 0xFA, 0xED, 0xFE)),
        new("Mach-O executable", Part(0, 0xCF, 0xFA, 0xED, 0xFE)),
        new("Java class file or Mach-O universal binary", Part(0, 0xCA, 0xFE, 0xBA, 0xBE)),
        new("WebAssembly module", Part(0, 0x00, 0x61, 0x73, 0x6D)),
        new("MP4/QuickTime media", Part(4, "ftyp")),
        new("Matroska/WebM video", Part(0, 0x1A, 0x45, 0xDF, 0xA3)),
        new("Flash video", Part(0, "FLV"), Part(3, 0x01)),
        new("Ogg media", Part(0, "OggS")),
        new("FLAC audio", Part(0, "fLaC")),
        new("MP3 audio", Part(0, "ID3"), Part(3, 0x02)),
        new("MP3 audio", Part(0, "ID3"), Part(3, 0x03)),
        new("MP3 audio", Part(0, "ID3"), Part(3, 0x04)),
        new("web font (WOFF)", Part(0, "wOFF")),
        new("web font (WOFF2)", Part(0, "wOF2")),
    ];

    /// <summary>Names the binary format <paramref name="bytes"/> starts with, if any.</summary>
    /// <returns>A format name such as <c>PNG image</c>, or <see langword="null"/> when none matches.</returns>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Table)
        {
            if (signature.Matches(bytes))
            {
                return signature.Format;
            }
        }

        return LooksLikeWindowsExecutable(bytes) ? "Windows executable (PE/MZ)" : null;
    }

    // "MZ" alone could start a line of text, but a DOS header always holds NUL bytes in its first 64.
    private static bool LooksLikeWindowsExecutable(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 64 && bytes[0] == (byte)'M' && bytes[1] == (byte)'Z' && bytes[..64].Contains((byte)0);

    private static (int Offset, byte[] Bytes) Part(int offset, params byte[] bytes) => (offset, bytes);

    private static (int Offset, byte[] Bytes) Part(int offset, string ascii) =>
        (offset, System.Text.Encoding.ASCII.GetBytes(ascii));

    private sealed class Signature(string format, params (int Offset, byte[] Bytes)[] parts)
    {
        public string Format { get; } = format;

        public bool Matches(ReadOnlySpan<byte> bytes)
        {
            foreach (var (offset, magic) in parts)
            {
                if (bytes.Length < offset + magic.Length || !bytes.Slice(offset, magic.Length).SequenceEqual(magic))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
