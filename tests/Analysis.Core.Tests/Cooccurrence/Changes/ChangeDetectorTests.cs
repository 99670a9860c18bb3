using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;

namespace Analysis.Core.Tests.Cooccurrence.Changes;

/// <summary>
/// Changes on a made-up run of months, one sentence per article: Mali–Niger in 1 story in January,
/// 3 in March (nothing in February), 1 in April, none in May, when Mali meets Algeria instead.
/// </summary>
public sealed class ChangeDetectorTests
{
    private static readonly Lazy<IReadOnlyList<PeriodChange>> Changes = new(() => OneSentenceArticles.Changes(
    [
        ("2024-01-10", "Le Mali et le Niger ont signé un accord."),
        ("2024-03-05", "Le Mali et le Niger ont tenu une réunion."),
        ("2024-03-12", "Le Mali et le Niger ont lancé une opération."),
        ("2024-03-20", "Le Mali et le Niger ont ouvert une frontière."),
        ("2024-04-02", "Le Mali et le Niger ont publié un communiqué."),
        ("2024-05-15", "Le Mali et l'Algérie ont rappelé leurs ambassadeurs."),
    ]));

    [Fact]
    public void Compare_SkipsEmptyMonths_AndComparesWithThePreviousMonthThatHasArticles()
    {
        Assert.Equal(["2024-01→2024-03", "2024-03→2024-04", "2024-04→2024-05"], Changes.Value.Select(c => $"{c.From.Label}→{c.To.Label}").Distinct());
    }

    [Fact]
    public void Compare_FindsAStrengthenedTie_WhenStoriesGrowFromOneToThree()
    {
        var change = Single("2024-03", "mli", "ner");

        Assert.Equal((ChangeKind.TieStrengthened, 1.0, 3.0), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void Compare_FindsAWeakenedTie_WhenStoriesFallFromThreeToOne()
    {
        var change = Single("2024-04", "mli", "ner");

        Assert.Equal((ChangeKind.TieWeakened, 3.0, 1.0), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void Compare_FindsAVanishedAndAnAppearedTie_WhenPartnersChange()
    {
        Assert.Equal(ChangeKind.TieVanished, Single("2024-05", "mli", "ner").Kind);
        Assert.Equal(ChangeKind.TieAppeared, Single("2024-05", "dza", "mli").Kind);
        Assert.Contains(Changes.Value, c => c.To.Label == "2024-05" && c.Kind == ChangeKind.ActorEmerged && c.Actor.Id == "dza" && c.Detail == "first seen");
        Assert.Contains(Changes.Value, c => c.To.Label == "2024-05" && c.Kind == ChangeKind.ActorDisappeared && c.Actor.Id == "ner");
    }

    [Fact]
    public void Compare_ReportsNoActorChange_WhenTheSameActorsAreNamed()
    {
        // January and March name the same two countries.
        Assert.DoesNotContain(Changes.Value, c => c.To.Label == "2024-03" && c.Kind is ChangeKind.ActorEmerged or ChangeKind.ActorDisappeared);
    }

    private static PeriodChange Single(string to, string a, string b) =>
        Changes.Value.Single(c => c.To.Label == to && c.Other is not null && new ActorPair(c.Actor.Id, c.Other.Id) == new ActorPair(a, b));
}
