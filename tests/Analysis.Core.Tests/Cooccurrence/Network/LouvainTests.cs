using System.Diagnostics;
using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Tests.Cooccurrence.Network;

public sealed class LouvainTests
{
    public static TheoryData<string> Graphs => NetworkFixtures.GraphNames();

    // Louvain is a heuristic that stops at a local optimum. On the weighted path, with weights rising
    // along it, the in-order sweep settles on three groups (Q 0.264) where networkx's shuffled order found
    // two (Q 0.281); that graph is there for betweenness and modularity, not as a benchmark of Louvain.
    public static TheoryData<string> GraphsWithAClearOptimum
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var graph in NetworkFixtures.Graphs.Where(g => g.Name != "path"))
            {
                data.Add(graph.Name);
            }

            return data;
        }
    }

    [Fact]
    public void Communities_FindsTheTwoCliques_OnCliqueBridge()
    {
        var stored = NetworkFixtures.Graph("clique-bridge");

        var communities = Louvain.Communities(stored.Build());

        Assert.Equal(NetworkFixtures.AsSets(stored.Partition("cliques", 1.0).Communities), NetworkFixtures.AsSets(communities));
    }

    [Fact]
    public void Communities_ReachesNetworkxModularity_OnKarateClub()
    {
        var stored = NetworkFixtures.Graph("karate");
        var graph = stored.Build();

        var communities = Louvain.Communities(graph);

        var modularity = Modularity.Of(graph, communities);
        Assert.True(modularity >= stored.Louvain.Modularity - 0.01, $"modularity {modularity}, networkx (seed {stored.Louvain.Seed}) {stored.Louvain.Modularity}");
        Assert.InRange(communities.Values.Distinct().Count(), 3, 6);
    }

    [Theory]
    [MemberData(nameof(GraphsWithAClearOptimum))]
    public void Communities_ReachesNetworkxModularity_OnStoredGraphs(string name)
    {
        var stored = NetworkFixtures.Graph(name);
        var graph = stored.Build();

        var modularity = Modularity.Of(graph, Louvain.Communities(graph));

        Assert.True(modularity >= stored.Louvain.Modularity - 0.01, $"modularity {modularity}, networkx {stored.Louvain.Modularity}");
    }

    [Fact]
    public void Communities_SplitsTheComponents_WhenTheGraphIsDisconnected()
    {
        var stored = NetworkFixtures.Graph("components");

        var communities = Louvain.Communities(stored.Build());

        Assert.Equal(NetworkFixtures.AsSets(stored.Partition("components", 1.0).Communities), NetworkFixtures.AsSets(communities));
    }

    [Fact]
    public void Communities_PutsAnIsolatedNodeAlone_WhenTheGraphHasOne()
    {
        var communities = Louvain.Communities(NetworkFixtures.Graph("components").Build());

        Assert.Single(communities, p => p.Value == communities["lonely"]);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Communities_GivesTheSameAnswer_WhenRunTwice(string name)
    {
        var graph = NetworkFixtures.Graph(name).Build();

        Assert.Equal(Louvain.Communities(graph), Louvain.Communities(graph));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Communities_GivesTheSameAnswer_WhenTheGraphIsBuiltTwice(string name)
    {
        var stored = NetworkFixtures.Graph(name);

        Assert.Equal(Louvain.Communities(stored.Build()), Louvain.Communities(stored.Build()));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Communities_NumbersLargestFirstThenByFirstNode_OnStoredGraphs(string name)
    {
        var graph = NetworkFixtures.Graph(name).Build();

        var communities = Louvain.Communities(graph);

        Assert.Equal(graph.Nodes, communities.Keys);
        var position = graph.Nodes.Select((node, index) => (node, index)).ToDictionary(p => p.node, p => p.index, StringComparer.Ordinal);
        var groups = communities
            .GroupBy(p => p.Value)
            .Select(g => (Number: g.Key, Size: g.Count(), First: g.Min(p => position[p.Key])))
            .OrderBy(g => g.Number)
            .ToList();
        Assert.Equal(Enumerable.Range(0, groups.Count), groups.Select(g => g.Number));
        for (var i = 1; i < groups.Count; i++)
        {
            var (previous, current) = (groups[i - 1], groups[i]);
            Assert.True(previous.Size > current.Size || (previous.Size == current.Size && previous.First < current.First), $"community {i} out of order");
        }
    }

    [Fact]
    public void Communities_NumbersTheBiggerCliqueZero_WhenCliquesDifferInSize()
    {
        var graph = new WeightedGraph();
        AddClique(graph, ["bfa", "celestin-simpore", "ibrahim-traore"], 5);
        AddClique(graph, ["mli", "assimi-goita", "oumar-diarra", "aes"], 5);
        graph.AddEdge("bfa", "mli", 1);

        var communities = Louvain.Communities(graph);

        Assert.Equal(0, communities["mli"]);
        Assert.Equal(1, communities["bfa"]);
    }

    [Fact]
    public void Communities_UsesTheWeights_WhenTheyDecideTheSplit()
    {
        // The same square twice: heavy a–b and c–d pair them one way, heavy a–d and b–c the other.
        var across = Square(heavyFirst: true);
        var around = Square(heavyFirst: false);

        Assert.Equal(NetworkFixtures.AsSets([["a", "b"], ["c", "d"]]), NetworkFixtures.AsSets(Louvain.Communities(across)));
        Assert.Equal(NetworkFixtures.AsSets([["a", "d"], ["b", "c"]]), NetworkFixtures.AsSets(Louvain.Communities(around)));
    }

    [Fact]
    public void Communities_GivesMoreCommunities_WhenTheResolutionIsHigher()
    {
        var graph = NetworkFixtures.Graph("karate").Build();

        var coarse = Louvain.Communities(graph, resolution: 0.5).Values.Distinct().Count();
        var fine = Louvain.Communities(graph, resolution: 2.0).Values.Distinct().Count();

        Assert.True(fine > coarse, $"{fine} communities at 2.0, {coarse} at 0.5");
    }

    [Fact]
    public void Communities_ReturnsNothing_WhenTheGraphIsEmpty() =>
        Assert.Empty(Louvain.Communities(new WeightedGraph()));

    [Fact]
    public void Communities_GivesEachNodeItsOwn_WhenTheGraphHasNoEdges()
    {
        var graph = new WeightedGraph();
        graph.AddNode("bfa");
        graph.AddNode("mli");
        graph.AddNode("ner");

        Assert.Equal(new Dictionary<string, int> { ["bfa"] = 0, ["mli"] = 1, ["ner"] = 2 }, Louvain.Communities(graph));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Communities_Throws_WhenTheResolutionIsInvalid(double resolution) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Louvain.Communities(NetworkFixtures.Graph("path").Build(), resolution));

    [Fact]
    public void Communities_RecoversThePlantedGroups_OnThreeThousandNodes()
    {
        // 3,000 actors in 30 groups of 100, ~30,000 ties mostly inside the groups.
        var random = new Random(20240611);
        var graph = new WeightedGraph();
        var planted = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 3000; i++)
        {
            graph.AddNode($"actor-{i}");
            planted.Add($"actor-{i}", i / 100);
        }

        for (var e = 0; e < 30_000; e++)
        {
            var a = random.Next(3000);
            var b = random.Next(10) < 9 ? (a / 100 * 100) + random.Next(100) : random.Next(3000);
            if (a != b)
            {
                graph.AddEdge($"actor-{a}", $"actor-{b}", 1 + random.Next(5));
            }
        }

        var watch = Stopwatch.StartNew();
        var communities = Louvain.Communities(graph);
        watch.Stop();

        Assert.Equal(graph.NodeCount, communities.Count);
        Assert.True(Modularity.Of(graph, communities) >= Modularity.Of(graph, planted) - 0.01);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    private static WeightedGraph Square(bool heavyFirst)
    {
        var (heavy, light) = heavyFirst ? (10.0, 1.0) : (1.0, 10.0);
        var graph = new WeightedGraph();
        graph.AddEdge("a", "b", heavy);
        graph.AddEdge("b", "c", light);
        graph.AddEdge("c", "d", heavy);
        graph.AddEdge("d", "a", light);
        return graph;
    }

    private static void AddClique(WeightedGraph graph, string[] nodes, double weight)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            for (var j = i + 1; j < nodes.Length; j++)
            {
                graph.AddEdge(nodes[i], nodes[j], weight);
            }
        }
    }
}
