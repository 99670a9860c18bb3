namespace Analysis.Core.Cooccurrence.Network;

/// <summary>
/// Newman's weighted modularity of a partition: how much more weight falls inside the communities than
/// a random graph with the same node strengths would put there. Used to judge a partition (from
/// <see cref="Louvain"/> or from an analyst) and to compare partitions of the same network.
/// </summary>
public static class Modularity
{
    /// <summary>
    /// Computes Q = Σ_c [ L_c / m − γ · (S_c / 2m)² ], where m is the total edge weight, L_c the weight of
    /// the edges inside community c and S_c the sum of the strengths of its nodes: the same value as
    /// <c>networkx.community.modularity(G, communities, weight="weight", resolution=γ)</c>.
    /// </summary>
    /// <param name="graph">The network.</param>
    /// <param name="partition">The community of every node of the graph (the numbers only need to differ between communities).</param>
    /// <param name="resolution">
    /// γ: above 1 favours more, smaller communities; below 1 fewer, larger ones. Must be finite and not negative.
    /// </param>
    /// <returns>
    /// The modularity, at most 1. A graph without edges has none: networkx fails with a division by zero
    /// there, and this returns 0 instead, since no partition is better than another.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// The partition misses a node of the graph or names one the graph lacks (networkx's "not a partition").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The resolution is negative, infinite or NaN.</exception>
    public static double Of(WeightedGraph graph, IReadOnlyDictionary<string, int> partition, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(partition);
        CheckResolution(resolution);
        var community = Communities(graph, partition);
        var m = graph.TotalWeight;
        if (graph.EdgeCount == 0 || m <= 0)
        {
            return 0;
        }

        var inside = new Dictionary<int, double>();
        var strength = new Dictionary<int, double>();
        for (var i = 0; i < graph.NodeCount; i++)
        {
            Add(strength, community[i], graph.Strength(graph.Nodes[i]));
        }

        foreach (var edge in graph.Edges)
        {
            var a = community[graph.IndexOf(edge.A)];
            if (a == community[graph.IndexOf(edge.B)])
            {
                Add(inside, a, edge.Weight);
            }
        }

        var q = 0.0;
        var norm = 1.0 / (4 * m * m);
        foreach (var (c, s) in strength)
        {
            q += inside.GetValueOrDefault(c) / m - resolution * s * s * norm;
        }

        return q;
    }

    /// <summary>Throws when γ is not a finite, non-negative number.</summary>
    internal static void CheckResolution(double resolution)
    {
        if (!double.IsFinite(resolution) || resolution < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The resolution must be finite and not negative.");
        }
    }

    // The community of each node, by node index; checks that the partition covers exactly the graph.
    private static int[] Communities(WeightedGraph graph, IReadOnlyDictionary<string, int> partition)
    {
        var community = new int[graph.NodeCount];
        for (var i = 0; i < community.Length; i++)
        {
            if (!partition.TryGetValue(graph.Nodes[i], out community[i]))
            {
                throw new ArgumentException($"The partition gives no community for node '{graph.Nodes[i]}'.", nameof(partition));
            }
        }

        if (partition.Count != community.Length)
        {
            var extra = partition.Keys.FirstOrDefault(k => !graph.Contains(k));
            throw new ArgumentException(
                extra is null ? "The partition's keys do not match the graph's nodes one to one." : $"The partition names node '{extra}', which the graph does not have.",
                nameof(partition));
        }

        return community;
    }

    private static void Add(Dictionary<int, double> sums, int key, double value) =>
        sums[key] = sums.GetValueOrDefault(key) + value;
}
