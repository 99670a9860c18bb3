using Analysis.Core.Corpus.Decoding;
using static Analysis.Core.Tests.Corpus.Decoding.DecodingFixtures;

namespace Analysis.Core.Tests.Corpus.Decoding;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("un\r\ndeux\rtrois\nquatre", "un\ndeux\ntrois\nquatre")]
    [InlineData("fin\r\n\r\ndébut\r", "fin\n\ndébut\n")]
    [InlineData("\r\r\n\n", "\n\n\n")]
    [InlineData("ligne\u2028autre\u2029paragraphe", "ligne\nautre\nparagraphe")]
    [InlineData("ligne\u000Bmanuelle\u000Cpage", "ligne\nmanuelle\npage")]
    public void Normalize_ConvertsEveryLineBreakToLf_WhenLineBreaksAreMixed(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("Re\u0301union a\u0300 Se\u0301gou", "Réunion à Ségou")]
    [InlineData("l\u2019\u0153uvre de\u0301ja\u0300 faite", "l\u2019\u0153uvre déjà faite")]
    [InlineData("Co\u0302te d\u2019Ivoire", "Côte d\u2019Ivoire")]
    public void Normalize_ComposesToNfc_WhenTextIsDecomposed(string input, string expected)
    {
        var notes = new List<string>();

        string result = TextNormalizer.Normalize(input, notes);

        Assert.Equal(expected, result);
        Assert.Equal(["composed to Unicode NFC"], notes);
    }

    [Theory]
    [InlineData("a\u0000b", "ab")]
    [InlineData("a\u0001b\u0007c\u001Bd\u001Fe", "abcde")]
    [InlineData("a\u007Fb\u0080c\u0085d\u009Fe", "abcde")]
    [InlineData("col1\tcol2\nligne", "col1\tcol2\nligne")]
    public void Normalize_RemovesControlCharacters_WhenTheyAreNotTabOrLineBreak(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_NotesRemovedControls_WhenControlsAreRemoved()
    {
        var notes = new List<string>();

        TextNormalizer.Normalize("a\u0000b\u0007c\u0085d", notes);

        Assert.Equal(["3 control characters removed"], notes);
    }

    [Fact]
    public void Normalize_RemovesStrayZeroWidthNoBreakSpaces_WhenInsideOrAtStartOfText()
    {
        var notes = new List<string>();

        string result = TextNormalizer.Normalize("\uFEFFLe chef\uFEFF d\u2019état", notes);

        Assert.Equal("Le chef d\u2019état", result);
        Assert.Equal(["2 stray U+FEFF removed"], notes);
    }

    [Fact]
    public void Normalize_RemovesByteSwappedByteOrderMarks_WhenTextHoldsUFFFE()
    {
        var notes = new List<string>();

        // Found by fuzzing: NFC rejects U+FFFE, so this once threw and cost the whole file.
        string result = TextNormalizer.Normalize("Le chef\uFFFE d\u2019état\uFFFE", notes);

        Assert.Equal("Le chef d\u2019état", result);
        Assert.Equal(["2 U+FFFE removed"], notes);
    }

    [Theory]
    [InlineData("l\u2019armée dit «\u00A0non\u00A0» puis \u2018oui\u2019")]
    [InlineData("\u201CPeut-être\u201D\u202F: 10\u202F000 soldats, 5\u00A0000 F\u00A0CFA")]
    [InlineData("aujourd'hui \"entre guillemets\" et \u2039simples\u203A")]
    [InlineData(FrenchParagraph)]
    public void Normalize_KeepsTypographyExactly_WhenTextUsesApostrophesQuotesAndNoBreakSpaces(string input)
    {
        var notes = new List<string>();

        string result = TextNormalizer.Normalize(input, notes);

        Assert.Equal(input, result);
        Assert.Empty(notes);
    }

    [Fact]
    public void Normalize_ReturnsSameInstance_WhenNothingNeedsChanging()
    {
        string input = FrenchParagraph;

        Assert.Same(input, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_ReplacesUnpairedSurrogates_WhenTextIsMalformed()
    {
        var notes = new List<string>();

        string result = TextNormalizer.Normalize("a\uD800b\uDC00c \U0001F600", notes);

        Assert.Equal("a\uFFFDb\uFFFDc \U0001F600", result);
        Assert.Equal(["2 unpaired surrogates replaced"], notes);
    }

    [Fact]
    public void Normalize_AppliesEveryStep_WhenTextHasEveryProblem()
    {
        // UTF-8 from a decomposing (NFD) source, read as windows-1252, with Windows line breaks and debris.
        string input = Mojibake("Réunion à Gao") + "\r\n" + Mojibake("De\u0301ja\u0300") + "\u0000 vu\uFEFF";
        var notes = new List<string>();

        string result = TextNormalizer.Normalize(input, notes);

        Assert.Equal("Réunion à Gao\nDéjà vu", result);
        Assert.Equal(
            [
                "mojibake repaired (UTF-8 that had been read as windows-1252)",
                "1 control character removed",
                "1 stray U+FEFF removed",
                "composed to Unicode NFC",
            ],
            notes);
    }

    [Fact]
    public void Normalize_SkipsTheNfcCheckSafely_WhenEveryCharacterIsBelowTheCombiningMarks()
    {
        // The shortcut holds only if no character below U+0300, alone or after any other, changes under NFC.
        var below = Enumerable.Range(0, TextNormalizer.FirstCombiningMark).Select(c => (char)c).ToArray();
        Assert.All(below, c => Assert.True(c.ToString().IsNormalized(System.Text.NormalizationForm.FormC)));
        foreach (var first in below.Where(char.IsLetter))
        {
            Assert.True(new string(first, 1).IsNormalized(System.Text.NormalizationForm.FormC));
            Assert.True(string.Concat(below.Select(second => new string([first, second]))).IsNormalized(System.Text.NormalizationForm.FormC), $"U+{(int)first:X4}");
        }
    }
}
