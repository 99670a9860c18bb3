using Analysis.Core.Actors;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Cooccurrence.Changes;

public sealed class TitleChangesTests
{
    private static readonly Actor Officer = new() { Id = "officer", Name = "Officier Test", Type = ActorType.Person };

    public static TheoryData<string, string, bool> Cases => new()
    {
        // A promotion: a rank the earlier month did not give.
        { "colonel-major", "général de brigade", true },
        // A hyphenated rank is a rank of its own, not "colonel" written more fully.
        { "colonel", "colonel-major", true },
        { "lieutenant", "lieutenant-colonel", true },
        // The press shortens every general's rank to "général": neither a promotion nor a demotion.
        { "général", "général de division", false },
        { "général de division", "général", false },
        // Two phrasings of one office, and an office named more fully.
        { "chef d'état-major général des armées", "chef d'état-major général", false },
        { "ministre", "ministre de la Défense", false },
        // A new office.
        { "ministre de la Défense", "ministre des Affaires étrangères", true },
        // The same titles.
        { "général de brigade", "général de brigade", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_ReportsAChange_OnlyForANewRankOrOffice(string before, string after, bool changed)
    {
        var titles = new[] { Title(before, 2023, 8), Title(after, 2023, 11) };

        var changes = TitleChanges.Find(titles, TitleLexicon.Default).ToList();

        Assert.Equal(changed, changes.Count == 1);
        Assert.All(changes, c => Assert.Equal((true, "2023-08", "2023-11"), (c.Detail.EndsWith($": {before} → {after}", StringComparison.Ordinal), c.From.Label, c.To.Label)));
    }

    [Fact]
    public void Find_ComparesWithThePreviousMonthInWhichTheActorHadATitle()
    {
        var titles = new[] { Title("colonel", 2023, 1), Title("colonel", 2023, 5), Title("colonel-major", 2024, 2) };

        var change = Assert.Single(TitleChanges.Find(titles, TitleLexicon.Default));

        Assert.Equal(("2023-05", "2024-02"), (change.From.Label, change.To.Label));
    }

    [Fact]
    public void Find_ReportsNothing_WhenArticlesAlternateBetweenOfficeAndRank()
    {
        var titles = new[]
        {
            Title("chef d'état-major général des armées", 2023, 8), Title("général", 2023, 9),
            Title("chef d'état-major général", 2023, 10), Title("général de division", 2023, 11),
        };

        Assert.Empty(TitleChanges.Find(titles, TitleLexicon.Default));
    }

    [Fact]
    public void Find_SeesThePromotion_ThroughABareGeneralInBetween()
    {
        var titles = new[] { Title("général de brigade", 2023, 8), Title("général", 2023, 9), Title("général de division", 2023, 10) };

        var change = Assert.Single(TitleChanges.Find(titles, TitleLexicon.Default));

        Assert.Equal(("rank: général de brigade → général de division", "2023-10"), (change.Detail, change.To.Label));
    }

    [Fact]
    public void Find_CountsABareGeneral_AsAPromotionFromColonel()
    {
        var titles = new[] { Title("colonel-major", 2023, 8), Title("général", 2023, 11), Title("général de brigade", 2024, 2) };

        Assert.Equal(["rank: colonel-major → général"], TitleChanges.Find(titles, TitleLexicon.Default).Select(c => c.Detail));
    }

    [Fact]
    public void Find_ReportsOnlyTheLaterOffice_WhenTheFirstMonthNamesTwoOffices()
    {
        // Found on a generated corpus: two offices in the actor's first month made the run end with exit 4.
        var titles = new[]
        {
            Title("ministre de la Défense", 2023, 8), Title("Premier ministre", 2023, 8), Title("ministre des Affaires étrangères", 2023, 11),
        };

        var change = Assert.Single(TitleChanges.Find(titles, TitleLexicon.Default));
        Assert.Equal((2023, 8, 2023, 11), (change.From.Start.Year, change.From.Start.Month, change.To.Start.Year, change.To.Start.Month));
        Assert.StartsWith("office: ", change.Detail, StringComparison.Ordinal);
        Assert.EndsWith("→ ministre des Affaires étrangères", change.Detail, StringComparison.Ordinal);
    }

    private static (ActorTitle, Period) Title(string title, int year, int month)
    {
        var date = PartialDate.OfMonth(year, month);
        return (new ActorTitle(Officer, date, title, 1), Period.Of(date, PeriodUnit.Month)!.Value);
    }
}
