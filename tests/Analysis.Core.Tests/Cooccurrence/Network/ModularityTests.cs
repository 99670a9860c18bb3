using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Tests.Cooccurrence.Network;

public sealed class ModularityTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string, double> Partitions => NetworkFixtures.Partitions();

    [Theory]
    [MemberData(nameof(Partitions))]
    public void Of_MatchesNetworkx_OnStoredPartitions(string graphName, string partitionName, double resolution)
    {
        var stored = NetworkFixtures.Graph(graphName);
        var expected = stored.Partition(partitionName, resolution);

        var modularity = Modularity.Of(stored.Build(), NetworkFixtures.ToPartition(expected.Communities), resolution);

        Assert.Equal(expected.Modularity, modularity, Tolerance);
    }

    [Fact]
    public void Of_MatchesNetworkx_OnKarateClubFactions()
    {
        var stored = NetworkFixtures.Graph("karate");
        var clubs = NetworkFixtures.ToPartition(stored.Partition("clubs", 1.0).Communities);
        var graph = stored.Build();

        Assert.Equal(stored.Partition("clubs", 1.0).Modularity, Modularity.Of(graph, clubs), Tolerance);
        Assert.Equal(stored.Partition("clubs", 2.0).Modularity, Modularity.Of(graph, clubs, resolution: 2.0), Tolerance);
    }

    [Fact]
    public void Of_IgnoresCommunityNumbers_WhenTheSameGroupsAreRenumbered()
    {
        var stored = NetworkFixtures.Graph("cooccurrence");
        var graph = stored.Build();
        var partition = NetworkFixtures.ToPartition(stored.Partition("countries", 1.0).Communities);
        var renumbered = partition.ToDictionary(p => p.Key, p => (p.Value * 7) - 100, StringComparer.Ordinal);

        Assert.Equal(Modularity.Of(graph, partition), Modularity.Of(graph, renumbered), Tolerance);
    }

    [Fact]
    public void Of_ReturnsZero_WhenTheGraphHasNoEdges()
    {
        var graph = new WeightedGraph();
        graph.AddNode("bfa");
        graph.AddNode("mli");

        Assert.Equal(0.0, Modularity.Of(graph, new Dictionary<string, int> { ["bfa"] = 0, ["mli"] = 1 }));
        Assert.Equal(0.0, Modularity.Of(new WeightedGraph(), new Dictionary<string, int>()));
    }

    [Fact]
    public void Of_Throws_WhenThePartitionMissesANode()
    {
        var graph = new WeightedGraph();
        graph.AddEdge("bfa", "mli", 1);

        Assert.Throws<ArgumentException>(() => Modularity.Of(graph, new Dictionary<string, int> { ["bfa"] = 0 }));
    }

    [Fact]
    public void Of_Throws_WhenThePartitionNamesAnUnknownNode()
    {
        var graph = new WeightedGraph();
        graph.AddEdge("bfa", "mli", 1);

        Assert.Throws<ArgumentException>(() => Modularity.Of(graph, new Dictionary<string, int> { ["bfa"] = 0, ["mli"] = 0, ["ner"] = 1 }));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Of_Throws_WhenTheResolutionIsInvalid(double resolution)
    {
        var graph = new WeightedGraph();
        graph.AddEdge("bfa", "mli", 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => Modularity.Of(graph, new Dictionary<string, int> { ["bfa"] = 0, ["mli"] = 0 }, resolution));
    }
}
