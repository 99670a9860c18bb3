using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Pipeline;

namespace Analysis.Core.Tests.Actors.Pipeline;

/// <summary>Which words are in capitals only because their line is: a headline's or a crosshead's.</summary>
public sealed class NameWordsTests
{
    [Fact]
    public void ShoutedWords_MarksEveryCapitalWordOfTheLine_WhenMostOfItsWordsAreInCapitals()
    {
        // "N" (of "N'A") has one letter: it does not vote, but it is marked.
        Assert.Equal(["LE", "CONSEIL", "N", "A", "PAS", "TRANCHÉ"], Shouted("LE CONSEIL N’A PAS TRANCHÉ\nLes membres ont siégé."));
    }

    [Fact]
    public void ShoutedWords_LetsOnlyWordsOfTwoLettersOrMoreVote_WhenTheLineHasNumbers()
    {
        // Four words of two letters or more, all in capitals; the numbers and "À" do not count against them.
        Assert.Equal(["MORTS", "À", "DORI", "LE", "MARS"], Shouted("12 MORTS À DORI LE 3 MARS 2024"));
    }

    [Fact]
    public void ShoutedWords_MarksNothing_WhenAProseLineHasAnAcronymAndANameInCapitals()
    {
        Assert.Empty(Shouted("Les militaires du CNSP ont reçu Abdourahamane TIANI à Niamey."));
    }

    [Fact]
    public void ShoutedWords_JudgesEachLineOnItsOwn_WhenAHeadlineInCapitalsIsAboveProse()
    {
        Assert.Equal(
            ["ATTAQUE", "À", "DORI", "UN", "BILAN", "LOURD"],
            Shouted("ATTAQUE À DORI\nLe CNSP a parlé.\n\nUN BILAN LOURD\nLe bilan est lourd."));
    }

    [Fact]
    public void ShoutedWords_MarksTheWord_WhenALineIsOneWordInCapitals()
    {
        Assert.Equal(["SÉCURITÉ"], Shouted("SÉCURITÉ\nLe convoi est arrivé."));
    }

    [Fact]
    public void ShoutedWords_MarksNothing_WhenTheTextIsEmptyOrBlank()
    {
        Assert.Empty(Shouted(""));
        Assert.Empty(Shouted("\n\n  \n"));
    }

    private static List<string> Shouted(string text)
    {
        var tokens = TokenList.Create(text);
        var shouted = NameWords.ShoutedWords(tokens);
        return [.. Enumerable.Range(0, tokens.Count).Where(i => shouted[i]).Select(i => tokens.Word(i).ToString())];
    }
}
