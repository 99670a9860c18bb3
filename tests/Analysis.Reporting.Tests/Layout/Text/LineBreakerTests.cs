using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Tests.Layout.Text;

public sealed class LineBreakerTests
{
    private const string Sentence =
        "Le président de la transition Assimi Goïta a reçu à Bamako une délégation venue de Ouagadougou et de Niamey "
        + "pour parler de coopération sécuritaire, de routes commerciales et de la situation humanitaire dans le Liptako-Gourma.";

    private static readonly TextStyle Body = TextStyle.Body;

    private static float WidestWord => Sentence.Split(' ').Max(w => FontCache.Width(w, Body));

    [Theory]
    [InlineData(1f)]
    [InlineData(1.5f)]
    [InlineData(3f)]
    [InlineData(6f)]
    public void Break_BreaksOnlyBetweenWords_WhenTextIsWiderThanTheLine(float widestWords)
    {
        var width = WidestWord * widestWords;
        var lines = LineBreaker.Break([new TextRun(Sentence, Body)], width);

        Assert.True(lines.Count > 1);
        Assert.Equal(Sentence, string.Join(' ', lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.False(l.Text.StartsWith(' ') || l.Text.EndsWith(' '), $"'{l.Text}' keeps a space at its edge"));
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(1.5f)]
    [InlineData(3f)]
    [InlineData(6f)]
    public void Break_NeverExceedsTheWidth_WhenEveryWordFitsALine(float widestWords)
    {
        var width = WidestWord * widestWords;
        var lines = LineBreaker.Break([new TextRun(Sentence, Body)], width);

        Assert.All(lines, l => Assert.True(FontCache.Width(l.Text, Body) <= width + 0.01f, $"'{l.Text}' is wider than {width}"));
        Assert.All(lines, l => Assert.Equal(FontCache.Width(l.Text, Body), l.Width, 0.01f));
    }

    [Theory]
    [InlineData(1.2f)]
    [InlineData(3f)]
    public void Break_FillsEachLine_WhenTheNextWordWouldFit(float widestWords)
    {
        var width = WidestWord * widestWords;
        var lines = LineBreaker.Break([new TextRun(Sentence, Body)], width);

        // Greedy breaking: the first word of each line did not fit at the end of the line before.
        for (var i = 1; i < lines.Count; i++)
        {
            var firstWord = lines[i].Text.Split(' ')[0];
            Assert.True(FontCache.Width(lines[i - 1].Text + " " + firstWord, Body) > width, $"'{firstWord}' would have fitted after '{lines[i - 1].Text}'");
        }
    }

    [Fact]
    public void Break_CutsAWordIntoPartsThatFit_WhenTheWordIsWiderThanTheLine()
    {
        const string word = "anticonstitutionnellement";
        var width = FontCache.Width(word, Body) / 3f;

        var lines = LineBreaker.Break([new TextRun(word, Body)], width);

        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
        Assert.InRange(lines.Count, 3, 4);
        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"'{l.Text}' is wider than {width}"));
    }

    [Fact]
    public void Break_StartsTheCutWordOnItsOwnLine_WhenWordsSurroundIt()
    {
        const string word = "anticonstitutionnellement";
        var width = FontCache.Width(word, Body) / 2f;

        var lines = LineBreaker.Break([new TextRun("un " + word + " mot", Body)], width);

        Assert.Equal("un", lines[0].Text);
        Assert.Equal(word, string.Concat(lines.Skip(1).Select(l => l.Text)).Replace(" mot", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"'{l.Text}' is wider than {width}"));
    }

    [Fact]
    public void Break_KeepsAWordWhole_WhenItsStyleChangesInside()
    {
        // "Go" bold then "ïta" regular: one word. The line is just wide enough for "Le Go", which would be
        // a break inside the word if style changes counted as breaks.
        var runs = new[] { new TextRun("Le Go", Body.AsBold()), new TextRun("ïta, président", Body) };
        var width = FontCache.Width("Le ", Body.AsBold()) + FontCache.Width("Go", Body.AsBold()) + 0.5f;

        var lines = LineBreaker.Break(runs, width);

        Assert.Equal("Le", lines[0].Text);
        Assert.Equal("Goïta,", lines[1].Text);
        Assert.Equal(2, lines[1].Segments.Count);
    }

    [Theory]
    [InlineData(":")]
    [InlineData("?")]
    [InlineData("!")]
    [InlineData("»")]
    [InlineData("–")]
    public void Break_KeepsPunctuationOnThePreviousLine_WhenItWouldStartALine(string mark)
    {
        // The line holds "alpha beta" but not "alpha beta <mark>": the mark takes its word along to the next line.
        var text = $"alpha beta {mark} gamma";
        var width = FontCache.Width("alpha beta", Body) + 0.5f;

        var lines = LineBreaker.Break([new TextRun(text, Body)], width);

        Assert.All(lines, l => Assert.False(l.Text.StartsWith(mark, StringComparison.Ordinal), $"a line starts with '{mark}'"));
        Assert.Equal("alpha", lines[0].Text);
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Text)));
    }

    [Theory]
    [InlineData("anticonstitutionnellement :")]
    [InlineData("anticonstitutionnellement\u00A0:")]
    public void Break_NeverStartsALineWithPunctuation_WhenAWordAndItsPunctuationAreWiderThanTheLine(string text)
    {
        var width = FontCache.Width("anticonstitutionnellement", Body) + 0.5f;

        var lines = LineBreaker.Break([new TextRun(text, Body)], width);

        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"'{l.Text}' is wider than {width}"));
        Assert.All(lines, l => Assert.False(l.Text.TrimStart(' ', '\u00A0').StartsWith(':'), $"the line '{l.Text}' starts with the colon"));
    }

    [Theory]
    [InlineData("«")]
    [InlineData("(")]
    public void Break_KeepsAnOpeningMarkWithTheNextWord_WhenItWouldEndALine(string mark)
    {
        var text = $"alpha {mark} beta gamma";
        var width = FontCache.Width($"alpha {mark}", Body) + 0.5f;

        var lines = LineBreaker.Break([new TextRun(text, Body)], width);

        Assert.All(lines, l => Assert.False(l.Text.EndsWith(mark, StringComparison.Ordinal), $"a line ends with '{mark}'"));
        Assert.Equal("alpha", lines[0].Text);
        Assert.Equal($"{mark} beta", lines[1].Text);
    }

    [Fact]
    public void Break_StartsANewLine_WhenTheTextHasALineFeed()
    {
        var lines = LineBreaker.Break([new TextRun("un\ndeux trois\n\nquatre", Body)], 500f);

        Assert.Equal(["un", "deux trois", string.Empty, "quatre"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u202F')]
    public void Break_DoesNotBreakAtANoBreakSpace_WhenTheLineIsFull(char space)
    {
        // Wide enough for "alpha beta" and for "beta gamma", not for the three words.
        var text = $"alpha beta{space}gamma";
        var width = Math.Max(FontCache.Width("alpha beta", Body), FontCache.Width($"beta{space}gamma", Body)) + 0.5f;

        var lines = LineBreaker.Break([new TextRun(text, Body)], width);

        Assert.Equal(["alpha", $"beta{space}gamma"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Break_GivesEveryLineTheLeadingOfItsLargestFont_WhenSizesAreMixed()
    {
        var lines = LineBreaker.Break([new TextRun("petit ", Body), new TextRun("GRAND", Body.WithSize(20f))], 500f, leading: 1.5f);

        Assert.Equal(20f * 1.5f, Assert.Single(lines).Height, 0.001f);
    }
}
