using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Tests.Cooccurrence.Network;

public sealed class BetweennessTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Graphs => NetworkFixtures.GraphNames();

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Compute_MatchesNetworkx_OnStoredGraphs(string name)
    {
        var stored = NetworkFixtures.Graph(name);

        var betweenness = Betweenness.Compute(stored.Build());

        AssertMatches(stored.Betweenness, betweenness);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Compute_MatchesNetworkx_WhenNotNormalized(string name)
    {
        var stored = NetworkFixtures.Graph(name);

        var betweenness = Betweenness.Compute(stored.Build(), normalized: false);

        AssertMatches(stored.BetweennessRaw, betweenness);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Compute_MatchesNetworkx_WhenSearchingOnBitSets(string name)
    {
        var stored = NetworkFixtures.Graph(name);

        AssertMatches(stored.Betweenness, Betweenness.Compute(stored.Build(), normalized: true, dense: true));
        AssertMatches(stored.BetweennessRaw, Betweenness.Compute(stored.Build(), normalized: false, dense: true));
    }

    [Theory]
    [InlineData(90, 0.5, 1)]
    [InlineData(130, 0.9, 2)]
    [InlineData(200, 0.03, 3)]
    [InlineData(70, 0.08, 4)]
    [InlineData(129, 0.3, 5)]
    public void Compute_GivesTheSameBitsOnBitSets_WhenTheEdgeListsGiveThem(int nodes, double density, int seed)
    {
        // The bit-set search must add every sum in the same order as the edge-list walk: not close, equal.
        // Edges are inserted in a shuffled order, so a node's adjacency order is not its index order; a few
        // nodes are left isolated and the sparse graphs fall apart into components with long paths.
        var random = new Random(seed);
        var graph = new WeightedGraph();
        for (var i = 0; i < nodes; i++)
        {
            graph.AddNode($"n{i}");
        }

        var pairs = new List<(int, int)>();
        for (var a = 0; a < nodes - 3; a++)
        {
            for (var b = a + 1; b < nodes - 3; b++)
            {
                if (random.NextDouble() < density)
                {
                    pairs.Add((a, b));
                }
            }
        }

        foreach (var (a, b) in pairs.OrderBy(_ => random.Next()))
        {
            graph.AddEdge($"n{b}", $"n{a}", 1 + random.Next(5));
        }

        var lists = Betweenness.Compute(graph, normalized: true, dense: false);
        var bits = Betweenness.Compute(graph, normalized: true, dense: true);

        Assert.Equal(lists.Keys, bits.Keys);
        foreach (var (node, value) in lists)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(bits[node]), $"{node}: {value:R} against {bits[node]:R}");
        }

        Assert.Contains(lists.Values, v => v > 0);
    }

    [Fact]
    public void Compute_MatchesNetworkx_OnKarateClub()
    {
        var stored = NetworkFixtures.Graph("karate");

        var betweenness = Betweenness.Compute(stored.Build());

        AssertMatches(stored.Betweenness, betweenness);
        Assert.Equal("0", betweenness.MaxBy(p => p.Value).Key);
    }

    [Fact]
    public void Compute_GivesTheHubOne_OnAStar()
    {
        var betweenness = Betweenness.Compute(NetworkFixtures.Graph("star").Build());

        Assert.Equal(1.0, betweenness["hub"], Tolerance);
        Assert.All(betweenness.Where(p => p.Key != "hub"), p => Assert.Equal(0.0, p.Value));
    }

    [Fact]
    public void Compute_GivesZero_WhenTheNodeIsIsolated()
    {
        var betweenness = Betweenness.Compute(NetworkFixtures.Graph("components").Build());

        Assert.Equal(0.0, betweenness["lonely"]);
    }

    [Fact]
    public void Compute_IgnoresWeights_WhenAHeavyTieIsTheShortestHop()
    {
        // As distances, the heavy a–c tie would send a→c through b; as hops it is direct.
        var graph = new WeightedGraph();
        graph.AddEdge("a", "b", 1);
        graph.AddEdge("b", "c", 1);
        graph.AddEdge("a", "c", 100);

        var betweenness = Betweenness.Compute(graph);

        Assert.All(betweenness.Values, value => Assert.Equal(0.0, value));
    }

    [Fact]
    public void Compute_GivesZero_WhenTheGraphHasTwoNodes()
    {
        var graph = new WeightedGraph();
        graph.AddEdge("bfa", "mli", 3);

        Assert.All(Betweenness.Compute(graph).Values, value => Assert.Equal(0.0, value));
        Assert.All(Betweenness.Compute(graph, normalized: false).Values, value => Assert.Equal(0.0, value));
    }

    [Fact]
    public void Compute_ReturnsNothing_WhenTheGraphIsEmpty() =>
        Assert.Empty(Betweenness.Compute(new WeightedGraph()));

    [Fact]
    public void Compute_ListsNodesInGraphOrder_OnCooccurrence()
    {
        var graph = NetworkFixtures.Graph("cooccurrence").Build();

        Assert.Equal(graph.Nodes, Betweenness.Compute(graph).Keys);
    }

    private static void AssertMatches(IReadOnlyDictionary<string, double> expected, IReadOnlyDictionary<string, double> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (node, value) in expected)
        {
            Assert.True(Math.Abs(value - actual[node]) <= Tolerance, $"{node}: expected {value}, got {actual[node]}");
        }
    }
}
