using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence.Changes;

/// <summary>
/// The story the seeds tell, month by month, as the change list must tell it without being told:
/// August 2023, Burkina Faso and Mali's chiefs of staff (Simporé, Diarra); November 2023, Burkina Faso
/// turns to Rwanda and Russia (Muganga, Marizamunda, Coulibaly, Shoigu); November 2024, the three AES
/// states' chiefs of staff with Goïta (Diarra, Barmou, Simporé).
/// </summary>
public sealed class SeedChangeTests
{

    private static readonly Lazy<IReadOnlyList<PeriodChange>> Changes = new(() => SeedCooccurrence.Analysis.Changes());

    [Fact]
    public void Compare_ComparesEachMonth_WithThePreviousMonthThatHasArticles()
    {
        var steps = Changes.Value.Select(c => (c.From.Label, c.To.Label)).Distinct();

        Assert.Equal([("2023-08", "2023-11"), ("2023-11", "2024-11")], steps);
    }

    [Fact]
    public void Compare_ShowsBurkinaTurningToRwandaAndRussia_InNovember2023()
    {
        var step = Step("2023-11");

        Assert.Superset(
            new HashSet<string> { "Mubarak Muganga", "Juvenal Marizamunda", "Kassoum Coulibaly", "Sergueï Choïgou", "Rwanda", "Russie" },
            Names(step, ChangeKind.ActorEmerged));
        Assert.Contains(("Célestin Simporé", "Mubarak Muganga"), Ties(step, ChangeKind.TieAppeared));
        Assert.Contains(("Kassoum Coulibaly", "Sergueï Choïgou"), Ties(step, ChangeKind.TieAppeared));
        Assert.Contains(("Burkina Faso", "Rwanda"), Ties(step, ChangeKind.TieAppeared));
        Assert.Contains(("Célestin Simporé", "Oumar Diarra"), Ties(step, ChangeKind.TieVanished));
        Assert.Contains(("Burkina Faso", "Mali"), Ties(step, ChangeKind.TieVanished));
        Assert.Superset(new HashSet<string> { "Oumar Diarra", "Mali" }, Names(step, ChangeKind.ActorDisappeared));
    }

    [Fact]
    public void Compare_ShowsTheTrilateralAesStructure_InNovember2024()
    {
        var step = Step("2024-11");

        Assert.Superset(new HashSet<string> { "Assimi Goïta", "Moussa Salaou Barmou", "Alliance des États du Sahel", "Niger" }, Names(step, ChangeKind.ActorEmerged));
        var appeared = Ties(step, ChangeKind.TieAppeared);
        Assert.Contains(("Assimi Goïta", "Oumar Diarra"), appeared);
        Assert.Contains(("Assimi Goïta", "Moussa Salaou Barmou"), appeared);
        Assert.Contains(("Célestin Simporé", "Moussa Salaou Barmou"), appeared);
        Assert.Contains(("Burkina Faso", "Niger"), appeared);
        Assert.Contains(("Mali", "Niger"), appeared);
        Assert.Superset(new HashSet<string> { "Mubarak Muganga", "Kassoum Coulibaly", "Sergueï Choïgou", "Rwanda" }, Names(step, ChangeKind.ActorDisappeared));
    }

    [Fact]
    public void Compare_MarksDiarrasReturn_AsSeenBefore_AndGoitasArrival_AsFirstSeen()
    {
        var emerged = Step("2024-11").Where(c => c.Kind == ChangeKind.ActorEmerged).ToDictionary(c => c.Actor.Name, c => c.Detail);

        Assert.Equal("seen before", emerged["Oumar Diarra"]);
        Assert.Equal("first seen", emerged["Assimi Goïta"]);
    }

    [Fact]
    public void Compare_MarksBurkinaMaliAsSeenBefore_WhenItReturnsInNovember2024()
    {
        var appeared = Step("2024-11").Where(c => c.Kind == ChangeKind.TieAppeared).ToDictionary(c => (c.Actor.Id, c.Other!.Id), c => c.Detail);

        Assert.Equal("seen before", appeared[("bfa", "mli")]);
        Assert.Equal("first seen", appeared[("assimi-goita", "moussa-salaou-barmou")]);
    }

    [Fact]
    public void Compare_ShowsSimporesPromotion_FromColonelMajorToBrigadierGeneral()
    {
        var promotion = Changes.Value.Single(c => c.Kind == ChangeKind.TitleChanged && c.Actor.Id == "celestin-simpore");

        Assert.Equal(("2023-08", "2023-11"), (promotion.From.Label, promotion.To.Label));
        Assert.Equal("rank: colonel-major → général de brigade", promotion.Detail);
    }

    [Fact]
    public void Stream_GivesNovember2023Whole_WithSimporesPromotionAfterItsTieAndActorChanges_BeforeNovember2024()
    {
        var streamed = ChangeDetector.Stream(SeedCooccurrence.Analysis.Counts, SeedCooccurrence.Analysis.Actors.Titles).ToList();
        var promotion = streamed.FindIndex(c => c.Kind == ChangeKind.TitleChanged && c.Actor.Id == "celestin-simpore");

        // Each step's changes come together, in the order of the period they lead to: the promotion of
        // November 2023 is not held back to the end of the stream, and it is the last of its month.
        Assert.Equal(streamed.OrderBy(c => c.To).Select(c => c.To), streamed.Select(c => c.To));
        Assert.Equal("2023-11", streamed[promotion].To.Label);
        Assert.Equal("2024-11", streamed[promotion + 1].To.Label);
        Assert.True(promotion > 0);
    }

    [Fact]
    public void Compare_LeavesOutTitlesOfArticlesOutsideTheDateRange()
    {
        // From 2024 on, November 2024 is the only month: Simporé's 2023 promotion is not a change within it.
        var changes = SeedCooccurrence.Analysis.With(CooccurrenceOptions.Default with { From = new DateOnly(2024, 1, 1) }).Changes();

        Assert.Empty(changes);
    }

    [Fact]
    public void Compare_CountsTheBamakoMeetingOnce_WhenTiesAreWeightedByStories()
    {
        // Goïta–Barmou is in three articles of November 2024 but one story: weight 1, not 3.
        var tie = Step("2024-11").Single(c => c.Kind == ChangeKind.TieAppeared && c.Actor.Id == "assimi-goita" && c.Other?.Id == "moussa-salaou-barmou");

        Assert.Equal(1, tie.After);
    }

    private static List<PeriodChange> Step(string to) => [.. Changes.Value.Where(c => c.To.Label == to)];

    private static HashSet<string> Names(IEnumerable<PeriodChange> changes, ChangeKind kind) =>
        [.. changes.Where(c => c.Kind == kind).Select(c => c.Actor.Name)];

    private static List<(string, string)> Ties(IEnumerable<PeriodChange> changes, ChangeKind kind) =>
        [.. changes.Where(c => c.Kind == kind).Select(c => Ordered(c.Actor.Name, c.Other!.Name))];

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
