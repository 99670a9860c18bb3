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
    public void Add_CountsTermsAndActors_WhenADocumentIsGivenAsItsFeatures()
    {
        // The detector counts a document's terms and actors; each is one key of the document.
        var goita = TermKey.OfActor("assimi-goita");
        var frequencies = new DocumentFrequencies();
        frequencies.Add([new WeightedKey(Securite, 1, 0), new WeightedKey(Senou, 1, 1)], [new WeightedKey(goita, 1, 0)]);
        frequencies.Add([new WeightedKey(Securite, 1, 0)], []);

        Assert.Equal(2, frequencies.Documents);
        Assert.Equal(2, frequencies.Of(Securite));
        Assert.Equal(1, frequencies.Of(Senou));
        Assert.Equal(1, frequencies.Of(goita));
        Assert.Equal(1 + Math.Log(3.0 / 2), frequencies.Idf(goita), 12);
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
    public void Idf_StaysTheSame_WhenTheCorpusHasGrownByLessThanAHundredthSinceTheLastRefresh()
    {
        var frequencies = Steady(documents: 1000);
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
    public void Epoch_ChangesWithEveryDocument_WhenTheCorpusHasFewerThanTwoHundred()
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 1; i <= 200; i++)
        {
            frequencies.Add([Securite]);
            Assert.Equal((i, i), (frequencies.Epoch, frequencies.WeighedDocuments));
        }

        frequencies.Add([Securite]);
        Assert.Equal((200, 200), (frequencies.Epoch, frequencies.WeighedDocuments));
    }

    [Fact]
    public void Idf_CountsEveryKey_WhenTooManyChangedSinceTheLastRefreshToBeListed()
    {
        // Ten documents between two refreshes, of 20,000 keys each: the first seven are more than the list
        // of changed buckets holds, so the last three's keys are never listed and must still be counted.
        var frequencies = Steady(documents: 1000);
        var first = Enumerable.Range(0, 20_000).Select(i => TermKey.OfTerm("first" + i)).ToArray();
        var last = Enumerable.Range(0, 20_000).Select(i => TermKey.OfTerm("last" + i)).ToArray();
        var weighed = frequencies.WeighedDocuments;
        for (var i = 0; i < 10; i++)
        {
            frequencies.Add(i < 7 ? first : last);
        }

        Assert.Equal(weighed + 10, frequencies.WeighedDocuments);
        foreach (var key in new[] { last[0], last[^1], first[0] })
        {
            Assert.Equal(1 + Math.Log((weighed + 11.0) / (frequencies.Of(key) + 1.0)), frequencies.Idf(key), 12);
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

    // At least this many documents, and the weights just worked out.
    private static DocumentFrequencies Steady(int documents)
    {
        var frequencies = new DocumentFrequencies();
        while (frequencies.Documents < documents || frequencies.WeighedDocuments != frequencies.Documents)
        {
            frequencies.Add([Securite]);
        }

        return frequencies;
    }
}
