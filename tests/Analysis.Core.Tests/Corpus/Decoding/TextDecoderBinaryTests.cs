using Analysis.Core.Corpus.Decoding;
using static Analysis.Core.Tests.Corpus.Decoding.DecodingFixtures;

namespace Analysis.Core.Tests.Corpus.Decoding;

public class TextDecoderBinaryTests
{
    public static TheoryData<string, byte[]> Signatures => new()
    {
        // Each signature is followed by text, to show that the signature alone decides.
        { "PNG", Concat(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), Utf8(FrenchParagraph)) },
        { "PDF", Concat(Utf8("%PDF-1.7\n"), Utf8(FrenchParagraph)) },
        { "ZIP", Concat(Bytes(0x50, 0x4B, 0x03, 0x04), Utf8(FrenchParagraph)) },
        { "JPEG", Concat(Bytes(0xFF, 0xD8, 0xFF, 0xE0), Utf8(FrenchParagraph)) },
        { "GIF", Concat(Utf8("GIF89a"), Utf8(FrenchParagraph)) },
        { "gzip", Concat(Bytes(0x1F, 0x8B, 0x08, 0x00), Utf8(FrenchParagraph)) },
        { "7-Zip", Concat(Bytes(0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C), Utf8(FrenchParagraph)) },
        { "RAR", Concat(Utf8("Rar!"), Bytes(0x1A, 0x07, 0x01, 0x00), Utf8(FrenchParagraph)) },
        { "ELF", Concat(Bytes(0x7F, 0x45, 0x4C, 0x46), Utf8(FrenchParagraph)) },
        { "OLE", Concat(Bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), Utf8(FrenchParagraph)) },
        { "WebP", Concat(Utf8("RIFF"), Bytes(0x24, 0x00, 0x00, 0x00), Utf8("WEBPVP8 "), Utf8(FrenchParagraph)) },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Decode_RejectsNamingTheFormat_WhenBytesStartWithBinarySignature(string format, byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.False(result.IsDecoded);
        Assert.StartsWith("binary file (", result.RejectionReason, StringComparison.Ordinal);
        Assert.Contains(format, result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DecodesText_WhenItOnlyStartsLikeAnExecutableHeader()
    {
        // "MZ" without the NULs of a real DOS header is just two capital letters.
        string text = "MZANSI : " + FrenchParagraph;

        var result = TextDecoder.Decode(Utf8(text));

        Assert.True(result.IsDecoded);
        Assert.Equal(text, result.Decoded.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Decode_RejectsAsBinary_WhenBytesAreRandom(int seed)
    {
        var result = TextDecoder.Decode(RandomBytes(seed, 4096));

        Assert.False(result.IsDecoded);
        Assert.Contains("binary", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DropsNulsWithNote_WhenTextHasAFewStrayNuls()
    {
        var bytes = Concat(Utf8("Le chef"), Bytes(0x00), Utf8(" d’état-major"), Bytes(0x00), Utf8(" général"));

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal("Le chef d’état-major général", result.Decoded.Text);
        Assert.Equal("utf-8", result.Decoded.Encoding);
        Assert.Equal(["2 NUL bytes dropped"], result.Decoded.Notes);
    }

    [Fact]
    public void Decode_RejectsNulBytes_WhenNulsExceedOnePercent()
    {
        // A NUL after every 20 characters of text: 5%, scattered, and on both parities (not UTF-16).
        var paragraph = Utf8(FrenchParagraph);
        var bytes = new List<byte>();
        for (int i = 0; i < paragraph.Length; i++)
        {
            bytes.Add(paragraph[i]);
            if (i % 20 == 19)
            {
                bytes.Add(0x00);
            }
        }

        var result = TextDecoder.Decode([.. bytes]);

        Assert.False(result.IsDecoded);
        Assert.Equal("binary content (NUL bytes)", result.RejectionReason);
    }

    [Fact]
    public void Decode_RejectsNulBytes_WhenNulsRunLong()
    {
        var bytes = Concat(Utf8(FrenchParagraph), new byte[8], Utf8(FrenchParagraph), Utf8(FrenchParagraph));

        var result = TextDecoder.Decode(bytes);

        Assert.False(result.IsDecoded);
        Assert.Equal("binary content (NUL bytes)", result.RejectionReason);
    }

    [Fact]
    public void Decode_RejectsControlCharacters_WhenTheyAreAHighShare()
    {
        // Ten control bytes in about 250 bytes of text: 4%.
        var bytes = Concat(Utf8(FrenchParagraph), Bytes(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F));

        var result = TextDecoder.Decode(bytes);

        Assert.False(result.IsDecoded);
        Assert.Equal("binary content (control characters)", result.RejectionReason);
    }

    [Fact]
    public void Decode_KeepsControlCharacters_WhenTheyAreFew()
    {
        var bytes = Concat(Utf8("Alerte"), Bytes(0x07), Utf8(" à Gao"));

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal("Alerte\u0007 à Gao", result.Decoded.Text);
    }

    [Fact]
    public void Decode_RejectsControlCharacters_WhenUtf16BomPrecedesBinaryData()
    {
        // UTF-16LE units 0x0001..0x0040: mostly C0 controls once decoded.
        var units = Enumerable.Range(1, 64).SelectMany(i => new[] { (byte)(i % 0x20), (byte)0x00 });
        var bytes = Concat(Bytes(0xFF, 0xFE), [.. units]);

        var result = TextDecoder.Decode(bytes);

        Assert.False(result.IsDecoded);
        Assert.Contains("binary content", result.RejectionReason, StringComparison.Ordinal);
    }
}
