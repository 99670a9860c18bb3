using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Frames;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Frames;

public sealed class CooccurrenceTablesTests
{
    [Fact]
    public void Cooccurrence_StartsWithTheContractColumns_ThenIdsCountsAndMeasures()
    {
        Assert.Equal(
            [
                "period", "actor_a", "actor_b", "window", "documents", "stories", "weight",
                "actor_a_id", "actor_b_id", "unit", "windows_a", "windows_b", "windows", "jaccard", "pmi", "npmi", "g2",
            ],
            CooccurrenceTables.Cooccurrence.Header);
    }

    [Fact]
    public void ToDataFrame_GivesTheSeedTies_WithTypedMeasures()
    {
        var frame = SeedCooccurrence.Analysis.Pairs.ToDataFrame();

        Assert.Equal(SeedCooccurrence.Analysis.Pairs.Count, frame.Rows.Count);
        Assert.Equal(typeof(int), frame.Columns["documents"].DataType);
        Assert.Equal(typeof(double), frame.Columns["npmi"].DataType);
        Assert.Contains(frame.Rows, r => (string)r["period"] == "2023-08" && (string)r["actor_a"] == "Célestin Simporé" && (string)r["actor_b"] == "Oumar Diarra" && (string)r["window"] == "sentence");
    }

    [Fact]
    public void ToDataFrame_NamesChangesInSnakeCase()
    {
        var frame = SeedCooccurrence.Analysis.Changes().ToDataFrame();

        Assert.Contains(frame.Rows, r => (string)r["change"] == "title_changed" && (string)r["actor_a"] == "Célestin Simporé");
        Assert.Equal("tie_strengthened", CooccurrenceTables.Name(ChangeKind.TieStrengthened));
    }

    [Fact]
    public void ToDataFrame_GivesOneNetworkRowPerMonthAndActor()
    {
        var frame = SeedCooccurrence.Analysis.Network().ToDataFrame();

        Assert.Equal(["period", "actor_id", "actor", "type", "degree", "strength", "betweenness", "community"], frame.Columns.Select(c => c.Name));
        Assert.Equal(5, frame.Rows.Count(r => (string)r["period"] == "2023-08")); // Burkina, Mali, Niger, Simporé, Diarra
    }
}
