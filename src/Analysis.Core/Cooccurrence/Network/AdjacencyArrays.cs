namespace Analysis.Core.Cooccurrence.Network;

/// <summary>
/// Compressed adjacency lists (the neighbours of node i are <c>Targets[Offsets[i]..Offsets[i + 1]]</c>,
/// each undirected edge stored at both ends) plus a self-loop weight per node. The algorithms run on
/// these integer arrays rather than on the string-keyed <see cref="WeightedGraph"/>: no hashing in the
/// inner loops, and <see cref="Louvain"/> can build its aggregated graphs, which do have self-loops, in
/// the same shape.
/// </summary>
internal sealed class AdjacencyArrays
{
    private AdjacencyArrays(int[] offsets, int[] targets, double[] weights, double[] selfLoops, double[] strengths, double totalWeight)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        SelfLoops = selfLoops;
        Strengths = strengths;
        TotalWeight = totalWeight;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => SelfLoops.Length;

    /// <summary>Start of each node's run in <see cref="Targets"/>; one more entry than there are nodes.</summary>
    public int[] Offsets { get; }

    /// <summary>Neighbour indices, node by node, in edge insertion order.</summary>
    public int[] Targets { get; }

    /// <summary>The weight of the edge to the neighbour at the same position in <see cref="Targets"/>.</summary>
    public double[] Weights { get; }

    /// <summary>Weight of each node's self-loop (0 for none).</summary>
    public double[] SelfLoops { get; }

    /// <summary>Weighted degree of each node, a self-loop counting twice (as in networkx).</summary>
    public double[] Strengths { get; }

    /// <summary>Sum of the edge weights, each edge and self-loop once.</summary>
    public double TotalWeight { get; }

    /// <summary>Builds the arrays from edges between distinct nodes (each given once) and optional self-loop weights.</summary>
    public static AdjacencyArrays Build(int nodeCount, IReadOnlyList<(int A, int B, double Weight)> edges, double[]? selfLoops)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var offsets = new int[nodeCount + 1];
        foreach (var (a, b, _) in edges)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var targets = new int[offsets[nodeCount]];
        var weights = new double[targets.Length];
        var next = offsets[..nodeCount];
        var loops = selfLoops ?? new double[nodeCount];
        var strengths = new double[nodeCount];
        var total = 0.0;
        foreach (var (a, b, weight) in edges)
        {
            targets[next[a]] = b;
            weights[next[a]++] = weight;
            targets[next[b]] = a;
            weights[next[b]++] = weight;
            strengths[a] += weight;
            strengths[b] += weight;
            total += weight;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            strengths[i] += 2 * loops[i];
            total += loops[i];
        }

        return new AdjacencyArrays(offsets, targets, weights, loops, strengths, total);
    }
}
