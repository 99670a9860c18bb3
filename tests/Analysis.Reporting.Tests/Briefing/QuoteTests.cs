using System.Text;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Tests.Briefing;

public sealed class QuoteTests
{
    [Fact]
    public void Quote_CutsBetweenWholeCharacters_WhenAPassageOfEmojiIsTooLong()
    {
        var passage = "Le Burkina Faso et le Mali x" + string.Concat(Enumerable.Repeat("😀", 300)) + ".";

        var quote = CooccurrenceSection.Quote(passage);

        Assert.True(quote.Length < passage.Length);
        Assert.Contains(" […] ", quote, StringComparison.Ordinal);
        Assert.All(quote.EnumerateRunes(), r => Assert.NotEqual(Rune.ReplacementChar, r));
    }

    [Fact]
    public void Quote_KeepsThePassageWhole_WhenItIsShortEnough()
    {
        Assert.Equal("Le Mali et le Niger.", CooccurrenceSection.Quote("Le Mali  et\nle Niger."));
    }

    [Fact]
    public void Break_ShowsAReplacementCharacter_WhenTheTextHasALoneSurrogate()
    {
        var lines = LineBreaker.Break([new TextRun("bad \ud800 text", TextStyle.Body)], 300f);

        Assert.Equal("bad \uFFFD text", Assert.Single(lines).Text);
    }
}
