using Analysis.Core.Corpus.Decoding;
using static Analysis.Core.Tests.Corpus.Decoding.DecodingFixtures;

namespace Analysis.Core.Tests.Corpus.Decoding;

public class TextDecoderEncodingTests
{
    public static TheoryData<string, byte[], string, string> SameTextInEveryEncoding => new()
    {
        { "UTF-8", Utf8(FrenchParagraph), FrenchParagraph, "utf-8" },
        { "UTF-8 with BOM", Concat(Bytes(0xEF, 0xBB, 0xBF), Utf8(FrenchParagraph)), FrenchParagraph, "utf-8" },
        { "UTF-16LE with BOM", Concat(Bytes(0xFF, 0xFE), Utf16Le(FrenchParagraph)), FrenchParagraph, "utf-16le" },
        { "UTF-16BE with BOM", Concat(Bytes(0xFE, 0xFF), Utf16Be(FrenchParagraph)), FrenchParagraph, "utf-16be" },
        { "UTF-16LE without BOM", Utf16Le(FrenchParagraph), FrenchParagraph, "utf-16le" },
        { "UTF-16BE without BOM", Utf16Be(FrenchParagraph), FrenchParagraph, "utf-16be" },
        { "UTF-32LE with BOM", Concat(Bytes(0xFF, 0xFE, 0x00, 0x00), Utf32(FrenchParagraph, bigEndian: false)), FrenchParagraph, "utf-32le" },
        { "UTF-32BE with BOM", Concat(Bytes(0x00, 0x00, 0xFE, 0xFF), Utf32(FrenchParagraph, bigEndian: true)), FrenchParagraph, "utf-32be" },
        { "windows-1252", Windows1252.GetBytes(FrenchParagraph), FrenchParagraph, "windows-1252" },
        { "ISO-8859-1", System.Text.Encoding.Latin1.GetBytes(Latin1Paragraph), Latin1Paragraph, "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(SameTextInEveryEncoding))]
    public void Decode_ReturnsTheWrittenText_WhenParagraphIsEncodedIn(string encodingUnderTest, byte[] bytes, string expectedText, string expectedEncoding)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded, $"{encodingUnderTest}: {result}");
        Assert.Equal(expectedText, result.Decoded.Text);
        Assert.Equal(expectedEncoding, result.Decoded.Encoding);
        Assert.DoesNotContain(result.Decoded.Notes, note => note.Contains("replaced", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16le with BOM")]
    public void Decode_HasNoNotes_WhenBytesAreCleanUnicode(string form)
    {
        byte[] bytes = form switch
        {
            "utf-8" => Utf8(FrenchParagraph),
            "utf-8 with BOM" => Concat(Bytes(0xEF, 0xBB, 0xBF), Utf8(FrenchParagraph)),
            _ => Concat(Bytes(0xFF, 0xFE), Utf16Le(FrenchParagraph)),
        };

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Empty(result.Decoded.Notes);
    }

    [Theory]
    [InlineData(false, "UTF-16LE without BOM")]
    [InlineData(true, "UTF-16BE without BOM")]
    public void Decode_NotesMissingBom_WhenUtf16IsRecognisedByItsNuls(bool bigEndian, string expectedNote)
    {
        var bytes = bigEndian ? Utf16Be(FrenchParagraph) : Utf16Le(FrenchParagraph);

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal([expectedNote], result.Decoded.Notes);
    }

    [Fact]
    public void Decode_ReturnsEmptyUtf8Text_WhenInputIsEmpty()
    {
        var result = TextDecoder.Decode([]);

        Assert.True(result.IsDecoded);
        Assert.Equal(string.Empty, result.Decoded.Text);
        Assert.Equal("utf-8", result.Decoded.Encoding);
        Assert.Empty(result.Decoded.Notes);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16be")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, "utf-32le")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "utf-32be")]
    public void Decode_ReturnsEmptyText_WhenInputIsOnlyAByteOrderMark(byte[] bytes, string expectedEncoding)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal(string.Empty, result.Decoded.Text);
        Assert.Equal(expectedEncoding, result.Decoded.Encoding);
    }

    [Fact]
    public void Decode_ReplacesAndCountsInvalidBytes_WhenUtf8HasTwoInvalidBytes()
    {
        var bytes = Concat(Utf8(FrenchParagraph), Bytes(0xFF), Utf8(" Fin"), Bytes(0xE9), Utf8(" du texte."));

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal("utf-8", result.Decoded.Encoding);
        Assert.Equal(FrenchParagraph + "\uFFFD Fin\uFFFD du texte.", result.Decoded.Text);
        Assert.Equal(["2 invalid UTF-8 sequences replaced"], result.Decoded.Notes);
    }

    [Fact]
    public void Decode_CountsEachMaximalSubpartOnce_WhenUtf8DamageIsAssorted()
    {
        // C0 80 (overlong): 2; ED A0 80 (surrogate): 3; E2 82 (truncated): 1; F5 (never valid): 1.
        var damage = Concat(Bytes(0xC0, 0x80), Utf8("a"), Bytes(0xED, 0xA0, 0x80), Utf8("b"), Bytes(0xE2, 0x82), Utf8("c"), Bytes(0xF5));
        var bytes = Concat(Utf8(FrenchParagraph), Utf8(FrenchParagraph), damage);

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal(FrenchParagraph + FrenchParagraph + "\uFFFD\uFFFDa\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD", result.Decoded.Text);
        Assert.Equal(["7 invalid UTF-8 sequences replaced"], result.Decoded.Notes);
    }

    [Fact]
    public void Decode_TrustsTheBom_WhenUtf8WithBomIsMostlyInvalid()
    {
        var bytes = Concat(Bytes(0xEF, 0xBB, 0xBF), Windows1252.GetBytes("café"));

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal("utf-8", result.Decoded.Encoding);
        Assert.Equal("caf\uFFFD", result.Decoded.Text);
        Assert.Equal(["1 invalid UTF-8 sequence replaced"], result.Decoded.Notes);
    }

    [Fact]
    public void Decode_AssumesWindows1252WithNote_WhenDetectorAnswerIsImplausible()
    {
        // UTF.Unknown 2.8.0 takes this short word for ISO-8859-2, which no Sahel news site uses.
        var result = TextDecoder.Decode(Windows1252.GetBytes("café"));

        Assert.True(result.IsDecoded);
        Assert.Equal("café", result.Decoded.Text);
        Assert.Equal("windows-1252", result.Decoded.Encoding);
        Assert.Contains(result.Decoded.Notes, note => note.StartsWith("legacy encoding assumed windows-1252", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1251, "windows-1251", "Министерство обороны России заявило, что военные инструкторы прибыли в Бамако для сотрудничества с армией Мали.")]
    [InlineData(1256, "windows-1256", "أعلنت وزارة الدفاع في مالي أن الجيش نفذ عملية عسكرية قرب مدينة غاو في شمال البلاد.")]
    public void Decode_UsesDetectedCodePage_WhenNonLatinTextIsConfidentlyDetected(int codePage, string expectedEncoding, string text)
    {
        var bytes = CodePage(codePage).GetBytes(text);

        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded);
        Assert.Equal(text, result.Decoded.Text);
        Assert.Equal(expectedEncoding, result.Decoded.Encoding);
    }

    [Fact]
    public void Decode_PrefersLegacyReading_WhenInvalidSequencesOutnumberValidOnes()
    {
        // One accidental valid pair (Ã followed by ©) among many windows-1252 accents.
        string text = Latin1Paragraph + " Ã©";
        var result = TextDecoder.Decode(Windows1252.GetBytes(text));

        Assert.True(result.IsDecoded);
        Assert.Equal("windows-1252", result.Decoded.Encoding);
        Assert.Equal(text, result.Decoded.Text);
    }

    public static TheoryData<string, byte[], string, string[]> DamagedUtf16 => new()
    {
        { "odd trailing byte", Concat(Bytes(0xFF, 0xFE), Utf16Le("Gao"), Bytes(0x41)), "Gao\uFFFD", ["1 invalid UTF-16LE sequence replaced"] },
        { "unpaired surrogates", Concat(Bytes(0xFF, 0xFE), Bytes(0x61, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x00, 0xDC)), "a\uFFFDb\uFFFD", ["2 invalid UTF-16LE sequences replaced"] },
        { "genuine U+FFFD", Concat(Bytes(0xFE, 0xFF), Utf16Be("a\uFFFDb")), "a\uFFFDb", [] },
        { "few NUL characters", Concat(Bytes(0xFF, 0xFE), Utf16Le("Le chef\0 d’état")), "Le chef d’état", ["1 NUL character dropped"] },
    };

    [Theory]
    [MemberData(nameof(DamagedUtf16))]
    public void Decode_ReplacesAndCountsOnlyRealDamage_WhenUtf16IsDamaged(string damage, byte[] bytes, string expectedText, string[] expectedNotes)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.True(result.IsDecoded, damage);
        Assert.Equal(expectedText, result.Decoded.Text);
        Assert.Equal(expectedNotes, result.Decoded.Notes);
    }

    [Fact]
    public void Decode_GivesEqualResults_WhenTheSameBytesAreDecodedTwice()
    {
        var bytes = Concat(Utf8(FrenchParagraph), Bytes(0xFF));

        var first = TextDecoder.Decode(bytes);
        var second = TextDecoder.Decode(bytes);

        Assert.Equal(first.Decoded, second.Decoded);
        Assert.Equal(first.Decoded?.GetHashCode(), second.Decoded?.GetHashCode());
    }

    private static byte[] Utf32(string text, bool bigEndian) =>
        new System.Text.UTF32Encoding(bigEndian, byteOrderMark: false).GetBytes(text);
}
