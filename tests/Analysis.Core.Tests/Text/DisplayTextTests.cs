using System.Globalization;
using System.Text;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Text;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x0007)]
    [InlineData(0x001B)]
    [InlineData(0x007F)]
    [InlineData(0x0090)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xFDD0)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Clean_ShowsAReplacementMark_WhenTheCharacterIsNotText(int codeUnit)
    {
        Assert.Equal("a\uFFFDb", DisplayText.Clean("a" + (char)codeUnit + "b"));
    }

    [Theory]
    [InlineData(0x202A)]
    [InlineData(0x202B)]
    [InlineData(0x202C)]
    [InlineData(0x202D)]
    [InlineData(0x202E)]
    [InlineData(0x2066)]
    [InlineData(0x2067)]
    [InlineData(0x2068)]
    [InlineData(0x2069)]
    [InlineData(0x200E)]
    [InlineData(0x200F)]
    [InlineData(0x061C)]
    [InlineData(0xFEFF)]
    [InlineData(0x00AD)]
    public void Clean_RemovesTheCharacter_WhenItOnlyChangesCopiedTextOrDrawsAStrayHyphen(int codeUnit)
    {
        Assert.Equal("photo.exe", DisplayText.Clean("photo" + (char)codeUnit + ".exe"));
    }

    [Fact]
    public void Clean_KeepsTheLogicalOrder_WhenARightToLeftOverrideHidesAnExtension()
    {
        // Shown with the override, "photo\u202Egnp.exe" reads "photoexe.png"; the copied text must not.
        Assert.Equal("photognp.exe", DisplayText.Clean("photo\u202Egnp.exe\u202C"));
    }

    [Theory]
    [InlineData(0x200D)]
    [InlineData(0x200C)]
    [InlineData(0x200B)]
    [InlineData(0x2060)]
    [InlineData(0xFE0F)]
    public void Clean_KeepsTheCharacter_WhenItIsAJoinerOrASelectorWithMeaningInCopiedText(int codeUnit)
    {
        Assert.Equal("a" + (char)codeUnit + "b", DisplayText.Clean("a" + (char)codeUnit + "b"));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\v")]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Clean_MakesALineFeed_WhenTheTextHasAnyLineBreak(string lineBreak)
    {
        Assert.Equal("un\ndeux", DisplayText.Clean("un" + lineBreak + "deux"));
    }

    [Theory]
    [InlineData("un\r\ndeux\ttrois\u2028quatre\u0085cinq")]
    [InlineData("un\ndeux\ttrois\vquatre\fcinq")]
    public void OneLine_MakesSpaces_WhenTheTextHasLineBreaksAndTabs(string text)
    {
        Assert.Equal("un deux trois quatre cinq", DisplayText.OneLine(text));
    }

    [Fact]
    public void Clean_ComposesTheText_WhenAccentsAreDecomposed()
    {
        Assert.Equal("Simporé cœur", DisplayText.Clean("Simpore\u0301 cœur"));
    }

    [Fact]
    public void Clean_KeepsThirtyMarksOnALetter_WhenZalgoTextStacksHundreds()
    {
        var cleaned = DisplayText.Clean("a" + new string('\u0301', 500) + "\u0336 b");

        var element = StringInfo.GetNextTextElement(cleaned);
        Assert.Equal(30, element.EnumerateRunes().Count(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.NonSpacingMark));
        Assert.EndsWith(" b", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Célestin Simporé, « cœur » – l’État")]
    [InlineData("Ελλάδα Москва مرحبا שָׁלוֹם ⵜⴰⵎⴰⵣⵉⵖⵜ ߒߞߏ 中文")]
    [InlineData("emoji 😀 👍🏽 👨‍👩‍👧 🇫🇷")]
    public void Clean_KeepsTheTextAsWritten_WhenItIsComposedText(string text)
    {
        Assert.Equal(text, DisplayText.Clean(text));
    }

    [Fact]
    public void Clean_NeverThrowsAndLeavesNoControlOrLoneSurrogate_WhenTheTextIsRandomUtf16()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pick(random))]);

            var cleaned = DisplayText.Clean(text);

            Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
            Assert.All(cleaned.EnumerateRunes(), r => Assert.True(r.Value is '\n' or '\t' || !Rune.IsControl(r), $"U+{r.Value:X4} left in"));
            Assert.Equal(cleaned.Length, cleaned.EnumerateRunes().Sum(r => r.Utf16SequenceLength));
        }
    }

    // Mostly the characters that break things: controls, surrogate halves, bidi controls, marks, noncharacters.
    private static char Pick(Random random) => random.Next(8) switch
    {
        0 => (char)random.Next(0, 0x20),
        1 => (char)random.Next(0x7F, 0xA0),
        2 => (char)random.Next(0xD800, 0xE000),
        3 => (char)random.Next(0x202A, 0x202F),
        4 => (char)random.Next(0x0300, 0x0370),
        5 => (char)random.Next(0xFFF0, 0x10000),
        6 => (char)random.Next(0x2000, 0x2070),
        _ => (char)random.Next(0x20, 0xD800),
    };
}
