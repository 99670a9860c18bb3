using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Text;

/// <summary>Folding text that did not come through the text normaliser, as a notebook or a metadata field may pass it.</summary>
public sealed class TextFoldingTests
{
    [Fact]
    public void Fold_ReplacesWhatNormalisationRejects_WhenTextIsNotWellFormed()
    {
        // Built in code: an attribute cannot hold an unpaired surrogate. Found by fuzzing: normalisation
        // threw an ArgumentException on these.
        string[] texts = ["\uDC00", "Goïta\uD83D", "À LIRE\uFFFE AUSSI", "Mali 🇲🇱"];
        string[] expected = ["\uFFFD", "goita\uFFFD", "a lire\uFFFD aussi", "mali 🇲🇱"];
        Assert.Equal(expected, texts.Select(TextFolding.Fold));
    }

    [Theory]
    [InlineData("  À LIRE AUSSI :  Le Général Goïta ", "a lire aussi : le general goita")]
    [InlineData("Cœur d’Ivoire « ŒUVRE » — Straße", "coeur d'ivoire \" oeuvre \" - strasse")]
    [InlineData("Ngo\u0301ne\u00A0\u2009Tiền", "ngone tien")]
    public void Fold_FoldsLatinText_AsTheTypeSays(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Fold_AgreesWithNormalisingTheWholeString_WhenTextIsLatin()
    {
        // The fast path folds character by character; every mix of the characters it takes, combining marks
        // after any letter and runs of spaces included, must fold as whole-string normalisation does.
        var latin = Enumerable.Range(0, 0x370).Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x2000, 0x70))
            .Select(c => (char)c)
            .ToArray();
        var random = new Random(8);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => latin[random.Next(latin.Length)])]);
            Assert.True(TextFolding.Normalized(text) == TextFolding.Fold(text), $"'{text}' ({string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))})");
        }
    }

    [Fact]
    public void Fold_FoldsEveryPrintableAsciiCharacterAsNormalisationDoes_WhenAloneOrAmongLetters()
    {
        // Printable ASCII takes a shortcut of its own (one character each, looked up in a char table).
        for (var c = '!'; c < '\u007F'; c++)
        {
            foreach (var text in new[] { c.ToString(), $"Ab{c}Yz", $" {c}  é{c}" })
            {
                Assert.True(TextFolding.Normalized(text) == TextFolding.Fold(text), $"'{text}'");
            }
        }

        Assert.Equal("l'aes - c'est ok", TextFolding.Fold("L`AES - C'EST OK"));
    }

    [Theory]
    [InlineData("  À LIRE AUSSI :  Le Général Goïta ")]
    [InlineData("Cœur d’Ivoire « ŒUVRE » — Straße")]
    [InlineData("Mali 🇲🇱 Goïta\uD83D")]
    [InlineData("")]
    public void Fold_SpanFoldsAsStringFold_WhenGivenABuffer(string text)
    {
        var buffer = new char[TextFolding.BufferLength(text.Length)];

        Assert.Equal(TextFolding.Fold(text), TextFolding.Fold(text.AsSpan(), buffer).ToString());
    }

    [Fact]
    public void Segment_ClassifiesTheLine_WhenItHoldsAnUnpairedSurrogate()
    {
        var segment = Assert.Single(new PageSegmenter().Segment("\uDC00"));

        Assert.Equal(new TextSpan(0, 1), segment.Span);
    }
}
