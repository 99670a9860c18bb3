using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>The online IDF: beat words lose weight as the stream shows them common; look-ups skip them in big corpora only.</summary>
public sealed class DocumentFrequenciesTests
{
    private static readonly ulong Securite = TermKey.OfTerm("securite");
    private static readonly ulong Senou = TermKey.OfTerm("senou");

    [Fact]
    public void Idf_WeighsRareWordsMore_WhenOneWordIsInEveryDocument()
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 0; i < 20; i++)
        {
            frequencies.Add(i == 7 ? [Securite, Senou] : [Securite]);
        }

        Assert.Equal(1, frequencies.Idf(Securite), 6);
        Assert.True(frequencies.Idf(Senou) > 3);
    }

    [Fact]
    public void Idf_FollowsTheNumberOfDocuments_WhenAskedAgainAfterMoreDocuments()
    {
        var frequencies = new DocumentFrequencies();
        frequencies.Add([Securite, Senou]);
        Assert.Equal(1, frequencies.Idf(Senou), 12); // 1 + ln(2/2)

        frequencies.Add([Securite]);
        frequencies.Add([Securite]);

        Assert.Equal(1 + Math.Log(2), frequencies.Idf(Senou), 12); // 1 + ln(4/2): one document in three
        Assert.Equal(1, frequencies.Idf(Securite), 12);
    }

    [Fact]
    public void Idf_StaysTheSame_UntilTheCorpusHasGrownByAHundredthSinceTheWeightsWereLastWorkedOut()
    {
        var frequencies = new DocumentFrequencies();
        while (frequencies.Documents < 1000 || frequencies.WeighedDocuments != frequencies.Documents)
        {
            frequencies.Add([Securite]);
        }

        var weighed = frequencies.WeighedDocuments;
        var before = frequencies.Idf(Senou);
        for (var i = 1; i < weighed / 100; i++)
        {
            frequencies.Add([Securite, Senou]);
        }

        Assert.Equal(before, frequencies.Idf(Senou));
        Assert.Equal(weighed, frequencies.WeighedDocuments);

        frequencies.Add([Securite, Senou]);

        var senou = weighed / 100;
        Assert.Equal(1 + Math.Log((weighed + senou + 1.0) / (senou + 1.0)), frequencies.Idf(Senou), 12);
    }

    [Fact]
    public void Epoch_ChangesWithEveryDocument_WhileTheCorpusHasFewerThanAHundred()
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 1; i <= 100; i++)
        {
            frequencies.Add([Securite]);
            Assert.Equal((i, i), (frequencies.Epoch, frequencies.WeighedDocuments));
        }
    }

    [Fact]
    public void IsCommon_IsFalse_WhenTheCorpusIsStillSmall()
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 0; i < 999; i++)
        {
            frequencies.Add([Securite]);
        }

        Assert.False(frequencies.IsCommon(Securite));
    }

    [Fact]
    public void IsCommon_TellsBeatWordsFromRareOnes_WhenTheCorpusIsLarge()
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 0; i < 1000; i++)
        {
            frequencies.Add(i < 3 ? [Securite, Senou] : [Securite]);
        }

        Assert.True(frequencies.IsCommon(Securite));
        Assert.False(frequencies.IsCommon(Senou));
    }

    [Fact]
    public void OfActor_DiffersFromOfTerm_WhenAnActorIdIsAlsoAWord()
    {
        Assert.NotEqual(TermKey.OfTerm("mali"), TermKey.OfActor("mali"));
    }
}
