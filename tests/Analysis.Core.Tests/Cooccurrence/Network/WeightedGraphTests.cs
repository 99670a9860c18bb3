using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Tests.Cooccurrence.Network;

public sealed class WeightedGraphTests
{
    public static TheoryData<string> Graphs => NetworkFixtures.GraphNames();

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Degree_MatchesNetworkx_OnStoredGraphs(string name)
    {
        var stored = NetworkFixtures.Graph(name);
        var graph = stored.Build();

        Assert.Equal(stored.Nodes, graph.Nodes);
        foreach (var node in graph.Nodes)
        {
            Assert.Equal((int)stored.Degree[node], graph.Degree(node));
            Assert.Equal(graph.Degree(node), graph.Neighbours(node).Count());
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Strength_MatchesNetworkx_OnStoredGraphs(string name)
    {
        var stored = NetworkFixtures.Graph(name);
        var graph = stored.Build();

        foreach (var node in graph.Nodes)
        {
            Assert.Equal(stored.Strength[node], graph.Strength(node), 1e-9);
        }

        Assert.Equal(stored.Edges.Sum(e => e.Weight), graph.TotalWeight, 1e-9);
        Assert.Equal(stored.Edges.Count, graph.EdgeCount);
        Assert.Equal(stored.Nodes.Count, graph.NodeCount);
    }

    [Fact]
    public void Strength_UsesTheKarateClubWeights_OnKarateClub()
    {
        var graph = NetworkFixtures.Graph("karate").Build();

        Assert.Equal(34, graph.NodeCount);
        Assert.Equal(78, graph.EdgeCount);
        Assert.True(graph.Strength("0") > graph.Degree("0"), "networkx 3.x's karate club carries weights; they must be stored");
    }

    [Fact]
    public void AddEdge_Throws_WhenBothEndsAreTheSameNode()
    {
        var graph = new WeightedGraph();

        Assert.Throws<ArgumentException>(() => graph.AddEdge("mli", "mli", 1));
        Assert.Equal(0, graph.NodeCount);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void AddEdge_Throws_WhenWeightIsNotPositiveAndFinite(double weight)
    {
        var graph = new WeightedGraph();

        Assert.Throws<ArgumentOutOfRangeException>(() => graph.AddEdge("bfa", "mli", weight));
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(0, graph.TotalWeight);
    }

    [Fact]
    public void AddEdge_Throws_WhenAnEndIsNull()
    {
        var graph = new WeightedGraph();

        Assert.Throws<ArgumentNullException>(() => graph.AddEdge(null!, "mli", 1));
        Assert.Throws<ArgumentNullException>(() => graph.AddEdge("mli", null!, 1));
    }

    [Fact]
    public void AddEdge_AddsToTheWeight_WhenTheEdgeExistsInEitherDirection()
    {
        var graph = new WeightedGraph();

        graph.AddEdge("bfa", "mli", 2);
        graph.AddEdge("mli", "bfa", 3);
        graph.AddEdge("bfa", "mli", 0.5);

        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(5.5, graph.Weight("bfa", "mli"));
        Assert.Equal(5.5, graph.Weight("mli", "bfa"));
        Assert.Equal(5.5, graph.Strength("bfa"));
        Assert.Equal(5.5, graph.TotalWeight);
        Assert.Equal(1, graph.Degree("mli"));
        Assert.Equal([new WeightedEdge("bfa", "mli", 5.5)], graph.Edges);
    }

    [Fact]
    public void Edges_ListsEachUndirectedEdgeOnce_InInsertionOrder()
    {
        var graph = new WeightedGraph();
        graph.AddEdge("bfa", "mli", 1);
        graph.AddEdge("ner", "bfa", 2);
        graph.AddEdge("mli", "ner", 3);
        graph.AddEdge("mli", "bfa", 4);
        graph.AddEdge("aes", "ner", 5);

        Assert.Equal(
            [new WeightedEdge("bfa", "mli", 5), new WeightedEdge("ner", "bfa", 2), new WeightedEdge("mli", "ner", 3), new WeightedEdge("aes", "ner", 5)],
            graph.Edges);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(15, graph.TotalWeight);
    }

    [Fact]
    public void AddNode_DoesNothing_WhenTheNodeExists()
    {
        var graph = new WeightedGraph();

        graph.AddNode("bfa");
        graph.AddEdge("mli", "bfa", 1);
        graph.AddNode("bfa");
        graph.AddNode("aes");

        Assert.Equal(["bfa", "mli", "aes"], graph.Nodes);
        Assert.Equal(0, graph.Degree("aes"));
        Assert.Equal(0, graph.Strength("aes"));
        Assert.Empty(graph.Neighbours("aes"));
    }

    [Fact]
    public void AddNode_Throws_WhenTheIdIsEmpty() =>
        Assert.Throws<ArgumentException>(() => new WeightedGraph().AddNode(""));

    [Fact]
    public void AddEdge_KeepsTwoNodes_WhenIdsDifferOnlyInCase()
    {
        var graph = new WeightedGraph();

        graph.AddEdge("AES", "aes", 1);

        Assert.Equal(2, graph.NodeCount);
    }

    [Fact]
    public void Neighbours_FollowEdgeInsertionOrder_WhenEdgesAreAddedFromEitherEnd()
    {
        var graph = new WeightedGraph();
        graph.AddEdge("mli", "ner", 1);
        graph.AddEdge("bfa", "mli", 1);
        graph.AddEdge("mli", "aes", 1);

        Assert.Equal(["ner", "bfa", "aes"], graph.Neighbours("mli"));
        Assert.Equal(["mli"], graph.Neighbours("bfa"));
    }

    [Fact]
    public void Weight_IsZero_WhenThereIsNoEdge()
    {
        var graph = new WeightedGraph();
        graph.AddEdge("bfa", "mli", 1);
        graph.AddNode("ner");

        Assert.Equal(0, graph.Weight("bfa", "ner"));
        Assert.Equal(0, graph.Weight("bfa", "unknown"));
        Assert.Equal(0, graph.Weight("bfa", "bfa"));
    }

    [Fact]
    public void Degree_Throws_WhenTheNodeIsUnknown()
    {
        var graph = new WeightedGraph();
        graph.AddNode("bfa");

        Assert.Throws<KeyNotFoundException>(() => graph.Degree("mli"));
        Assert.Throws<KeyNotFoundException>(() => graph.Strength("mli"));
        Assert.Throws<KeyNotFoundException>(() => graph.Neighbours("mli"));
        Assert.True(graph.Contains("bfa"));
        Assert.False(graph.Contains("mli"));
    }

    [Fact]
    public void Nodes_IsEmpty_WhenTheGraphIsNew()
    {
        var graph = new WeightedGraph();

        Assert.Empty(graph.Nodes);
        Assert.Empty(graph.Edges);
        Assert.Equal(0, graph.NodeCount);
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(0, graph.TotalWeight);
    }
}
