using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Tests.Charts;

public sealed class ForceLayoutTests
{
    [Fact]
    public void Compute_GivesIdenticalCoordinates_WhenRunTwice()
    {
        var first = ForceLayout.Compute(TwoCliques());
        var second = ForceLayout.Compute(TwoCliques());

        Assert.Equal(first.OrderBy(p => p.Key, StringComparer.Ordinal), second.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Compute_GivesIdenticalCoordinates_WhenNodesWereAddedInAnotherOrder()
    {
        var reversed = new WeightedGraph();
        foreach (var edge in TwoCliques().Edges.Reverse())
        {
            reversed.AddEdge(edge.B, edge.A, edge.Weight);
        }

        var layout = ForceLayout.Compute(TwoCliques());

        Assert.Equal(layout.OrderBy(p => p.Key, StringComparer.Ordinal), ForceLayout.Compute(reversed).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(1.5, 1.0)]
    [InlineData(800.0, 300.0)]
    public void Compute_KeepsEveryNodeInsideTheBox(double width, double height)
    {
        var graph = TwoCliques();
        graph.AddNode("isolated");

        var layout = ForceLayout.Compute(graph, width, height);

        Assert.Equal(graph.NodeCount, layout.Count);
        Assert.All(layout.Values, p =>
        {
            Assert.InRange(p.X, 0, width);
            Assert.InRange(p.Y, 0, height);
        });
    }

    [Fact]
    public void Compute_PutsTiedNodesCloser_ThanUntiedOnes_OnTwoCliques()
    {
        var graph = TwoCliques();
        var layout = ForceLayout.Compute(graph);
        var pairs = from a in graph.Nodes from b in graph.Nodes where string.CompareOrdinal(a, b) < 0 select (a, b);

        var tied = pairs.Where(p => graph.Weight(p.a, p.b) > 0).Select(p => Distance(layout, p.a, p.b)).ToList();
        var untied = pairs.Where(p => graph.Weight(p.a, p.b) == 0).Select(p => Distance(layout, p.a, p.b)).ToList();

        Assert.True(tied.Average() < untied.Average() / 2, $"tied {tied.Average():F3}, untied {untied.Average():F3}");
        Assert.True(tied.Max() < untied.Min(), $"longest tie {tied.Max():F3}, closest untied pair {untied.Min():F3}");
    }

    [Fact]
    public void Compute_PlacesNothing_ForAnEmptyGraph()
    {
        Assert.Empty(ForceLayout.Compute(new WeightedGraph()));
    }

    [Fact]
    public void Compute_CentresASingleNode()
    {
        var graph = new WeightedGraph();
        graph.AddNode("alone");

        Assert.Equal(new NodePosition(0.75, 0.5), ForceLayout.Compute(graph, 1.5, 1.0)["alone"]);
    }

    [Fact]
    public void Compute_KeepsTheCentreNode_AmongTheMiddleNodes()
    {
        // A star: the hub is tied to everyone, so wherever it is held it should end inside the ring.
        var graph = new WeightedGraph();
        foreach (var leaf in new[] { "a", "b", "c", "d", "e", "f" })
        {
            graph.AddEdge("hub", leaf, 1);
        }

        var hub = ForceLayout.Compute(graph, center: "hub")["hub"];

        Assert.InRange(hub.X, 0.5, 1.0);
        Assert.InRange(hub.Y, 0.3, 0.7);
    }

    [Fact]
    public void Compute_Throws_WhenTheBoxIsEmpty()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(TwoCliques(), 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(TwoCliques(), iterations: 0));
        Assert.Throws<ArgumentNullException>(() => ForceLayout.Compute(null!));
    }

    // Two cliques of five, no edge between them.
    private static WeightedGraph TwoCliques()
    {
        var graph = new WeightedGraph();
        foreach (var clique in new[] { "a", "b" })
        {
            var members = Enumerable.Range(1, 5).Select(i => $"{clique}{i}").ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    graph.AddEdge(members[i], members[j], 1 + ((i + j) % 3));
                }
            }
        }

        return graph;
    }

    private static double Distance(IReadOnlyDictionary<string, NodePosition> layout, string a, string b) =>
        Math.Sqrt(Math.Pow(layout[a].X - layout[b].X, 2) + Math.Pow(layout[a].Y - layout[b].Y, 2));
}
