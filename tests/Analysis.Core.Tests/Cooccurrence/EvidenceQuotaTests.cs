using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Cooccurrence;

public sealed class EvidenceQuotaTests
{
    private static readonly Actor Mali = new() { Id = "mli", Name = "Mali", Type = ActorType.Country };
    private static readonly Actor Niger = new() { Id = "ner", Name = "Niger", Type = ActorType.Country };
    private static readonly Actor Burkina = new() { Id = "bfa", Name = "Burkina Faso", Type = ActorType.Country };

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

    [Fact]
    public void Admit_CountsEachTieApart_WhenAnArticleNamesSeveralTies()
    {
        var quota = new EvidenceQuota(articles: 1);

        Assert.True(quota.Admit(Passage("d1", "2024-03-01")));
        Assert.True(quota.Admit(Passage("d1", "2024-03-01", Mali, Burkina)));
        Assert.True(quota.Admit(Passage("d1", "2024-03-01"))); // d1's second Mali–Niger passage
        Assert.False(quota.Admit(Passage("d2", "2024-03-05", Mali, Burkina)));
        Assert.True(quota.Admit(Passage("d2", "2024-03-05", Niger, Burkina)));
        Assert.False(quota.Admit(Passage("d3", "2024-03-09")));
        Assert.False(quota.Admit(Passage("d3", "2024-03-09"))); // refused again, not admitted on a second try
    }

    [Fact]
    public void Admit_RefusesTheNextArticle_WhenTheOneBeforeNamedHundredsOfTies()
    {
        // d1 fills the quota of 300 ties; d2 names the same ones and gets none of them.
        var quota = new EvidenceQuota(articles: 1);
        var actors = Enumerable.Range(0, 301).Select(i => new Actor { Id = $"p{i}", Name = $"P{i}", Type = ActorType.Person }).ToList();

        Assert.All(Enumerable.Range(1, 300), i => Assert.True(quota.Admit(Passage("d1", "2024-03-01", actors[0], actors[i]))));
        Assert.All(Enumerable.Range(1, 300), i => Assert.False(quota.Admit(Passage("d2", "2024-03-02", actors[0], actors[i]))));
        Assert.True(quota.Admit(Passage("d3", "2024-03-03"))); // a tie d1 did not name
    }

    [Fact]
    public void Constructor_Throws_WhenTheQuotaIsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvidenceQuota(articles: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvidenceQuota(articles: 256));
    }

    private static TieEvidence Passage(string document, string date, Actor? a = null, Actor? b = null)
    {
        Assert.True(PartialDate.TryParse(date, out var value));
        return new TieEvidence(a ?? Mali, b ?? Niger, CooccurrenceWindow.Sentence, document, value, "s", new TextSpan(0, 4), "text");
    }
}
