using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;

namespace Analysis.Core.Tests.Cooccurrence.Changes;

/// <summary>
/// Where strengthening and weakening start, with the default ratio of 1.5: Mali–Niger in 2, 3, 4, 2 and
/// 1 stories from January to May.
/// </summary>
public sealed class ChangeThresholdTests
{
    private static readonly Lazy<IReadOnlyList<PeriodChange>> Changes = new(() => OneSentenceArticles.Changes(
        from month in new (int Number, int Stories)[] { (1, 2), (2, 3), (3, 4), (4, 2), (5, 1) }
        from day in Enumerable.Range(1, month.Stories)
        select ($"2024-{month.Number:D2}-{day:D2}", $"Le Mali et le Niger ont tenu la réunion du {day} du mois {month.Number}.")));

    [Theory]
    [InlineData("2024-02", ChangeKind.TieStrengthened)] // 2 → 3: exactly 1.5 times
    [InlineData("2024-04", ChangeKind.TieWeakened)] // 4 → 2
    [InlineData("2024-05", ChangeKind.TieWeakened)] // 2 → 1
    public void Compare_ReportsTheChange_WhenTheWeightMovesByHalfOrMore(string month, ChangeKind kind)
    {
        Assert.Equal(kind, Assert.Single(Changes.Value, c => c.To.Label == month).Kind);
    }

    [Fact]
    public void Compare_ReportsNothing_WhenTheWeightMovesByLessThanHalf()
    {
        // 3 → 4 is one more story, but not half as many again.
        Assert.DoesNotContain(Changes.Value, c => c.To.Label == "2024-03");
    }
}
