using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Cooccurrence.Periods;
using static Analysis.Core.Tests.Support.SahelCountries;

namespace Analysis.Core.Tests.Cooccurrence.Changes;

/// <summary>
/// The digest a briefing reads instead of every change: made-up changes over three months between Mali,
/// Niger, Burkina Faso and Algeria, in the order the detector streams them (by the month they lead to).
/// </summary>
public sealed class ChangeDigestTests
{
    private static readonly PeriodChange[] Stream =
    [
        Tie("2024-01", "2024-02", ChangeKind.TieAppeared, Mali, Niger),
        Tie("2024-01", "2024-02", ChangeKind.TieAppeared, Mali, Burkina),
        Tie("2024-01", "2024-02", ChangeKind.TieVanished, Niger, Burkina),
        Actor("2024-01", "2024-02", ChangeKind.ActorEmerged, Algeria),
        Tie("2024-02", "2024-03", ChangeKind.TieAppeared, Mali, Algeria),
        Actor("2024-02", "2024-03", ChangeKind.ActorDisappeared, Burkina),
        new(Period.Parse("2024-01"), Period.Parse("2024-03"), ChangeKind.TitleChanged, Mali, null, 0, 0, "rank: colonel → général"),
    ];

    [Fact]
    public void Through_PassesEveryChangeOn_InOrder()
    {
        var digest = new ChangeDigest();

        Assert.Equal(Stream, digest.Through(Stream));
        Assert.Equal(7, digest.Total);
    }

    [Fact]
    public void Count_GivesEachStepItsChangesOfEachKind_WhenOnlySomeAreKept()
    {
        var digest = ChangeDigest.Of(Stream);

        Assert.Equal(2, digest.Count(Period.Parse("2024-01"), Period.Parse("2024-02"), ChangeKind.TieAppeared));
        Assert.Equal(1, digest.Count(Period.Parse("2024-01"), Period.Parse("2024-02"), ChangeKind.TieVanished));
        Assert.Equal(1, digest.Count(Period.Parse("2024-02"), Period.Parse("2024-03"), ChangeKind.TieAppeared));
        Assert.Equal(0, digest.Count(Period.Parse("2024-02"), Period.Parse("2024-03"), ChangeKind.TieVanished));
        Assert.Equal(["2024-01→2024-02", "2024-02→2024-03", "2024-01→2024-03"], digest.Steps.Select(s => $"{s.From.Label}→{s.To.Label}"));
    }

    [Fact]
    public void Kept_HoldsTheLatestStepOfEachTieKind_AndEveryActorAndTitleChange_InStreamOrder()
    {
        var kept = ChangeDigest.Of(Stream).Kept;

        // February's appearances are superseded by March's; February's vanishing is the latest of its kind.
        Assert.Equal(
        [
            "2024-02 TieVanished bfa-ner",
            "2024-02 ActorEmerged dza",
            "2024-03 TieAppeared dza-mli",
            "2024-03 ActorDisappeared bfa",
            "2024-03 TitleChanged mli",
        ],
            kept.Select(c => $"{c.To.Label} {c.Kind} {string.Join('-', new[] { c.Actor.Id, c.Other?.Id }.OfType<string>().Order(StringComparer.Ordinal))}"));
    }

    private static PeriodChange Tie(string from, string to, ChangeKind kind, Actor a, Actor b) =>
        new(Period.Parse(from), Period.Parse(to), kind, a, b, kind == ChangeKind.TieAppeared ? 0 : 1, kind == ChangeKind.TieAppeared ? 1 : 0, string.Empty);

    private static PeriodChange Actor(string from, string to, ChangeKind kind, Actor actor) =>
        new(Period.Parse(from), Period.Parse(to), kind, actor, null, 0, 1, string.Empty);
}
