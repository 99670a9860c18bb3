using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Cooccurrence;

public sealed class EvidenceQuotaTests
{
    private static readonly Actor Mali = new() { Id = "mli", Name = "Mali", Type = ActorType.Country };
    private static readonly Actor Niger = new() { Id = "ner", Name = "Niger", Type = ActorType.Country };

    [Fact]
    public void Admit_KeepsEveryPassageOfTheFirstArticles_AndNoneOfTheNext()
    {
        var quota = new EvidenceQuota(articles: 2);

        Assert.True(quota.Admit(Passage("d1", "2024-03-01")));
        Assert.True(quota.Admit(Passage("d1", "2024-03-01")));
        Assert.True(quota.Admit(Passage("d2", "2024-03-02")));
        Assert.False(quota.Admit(Passage("d3", "2024-03-03")));
    }

    [Fact]
    public void Admit_GivesEachMonthItsOwnQuota()
    {
        var quota = new EvidenceQuota(articles: 1);

        Assert.True(quota.Admit(Passage("d1", "2024-03-01")));
        Assert.False(quota.Admit(Passage("d2", "2024-03-20")));
        Assert.True(quota.Admit(Passage("d3", "2024-04-02")));
        Assert.False(quota.Admit(Passage("d4", "2024-04"))); // a month-dated article shares April's quota...
        Assert.True(quota.Admit(Passage("d6", ""))); // ...an undated one has its own
        Assert.True(quota.Admit(Passage("d7", "2024"))); // and so does the year of year-dated ones
    }

    private static TieEvidence Passage(string document, string date)
    {
        Assert.True(PartialDate.TryParse(date, out var value));
        return new TieEvidence(Mali, Niger, CooccurrenceWindow.Sentence, document, value, "s", new TextSpan(0, 4), "text");
    }
}
