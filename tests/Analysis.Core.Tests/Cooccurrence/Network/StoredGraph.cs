using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Tests.Cooccurrence.Network;

/// <summary>One stored graph: its nodes and edges as networkx had them, and networkx's numbers.</summary>
internal sealed record StoredGraph(
    string Name,
    IReadOnlyList<string> Nodes,
    IReadOnlyList<WeightedEdge> Edges,
    IReadOnlyDictionary<string, double> Degree,
    IReadOnlyDictionary<string, double> Strength,
    IReadOnlyDictionary<string, double> Betweenness,
    IReadOnlyDictionary<string, double> BetweennessRaw,
    IReadOnlyList<StoredPartition> Partitions,
    StoredLouvain Louvain)
{
    /// <summary>Builds the graph with networkx's node order (isolated nodes included) and edge order.</summary>
    public WeightedGraph Build()
    {
        var graph = new WeightedGraph();
        foreach (var node in Nodes)
        {
            graph.AddNode(node);
        }

        foreach (var edge in Edges)
        {
            graph.AddEdge(edge.A, edge.B, edge.Weight);
        }

        return graph;
    }

    public StoredPartition Partition(string name, double resolution) =>
        Partitions.Single(p => p.Name == name && p.Resolution.Equals(resolution));
}
