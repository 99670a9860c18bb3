namespace Analysis.Core.Cooccurrence.Network;

/// <summary>
/// Betweenness centrality: for each actor, the share of shortest paths between two other actors that
/// pass through it. High values mark brokers between otherwise separate groups of the network.
/// </summary>
/// <remarks>
/// Paths are counted in hops and the edge weights are ignored on purpose. A co-occurrence weight is a
/// strength (how often two actors appear together: more means closer), not a distance; weighted
/// shortest paths would treat a heavy tie as a long road and route paths around the strongest
/// relations. networkx would do exactly that if given <c>weight="weight"</c>, since it reads weights as
/// distances, so the numbers here are those of its default, unweighted
/// <c>nx.betweenness_centrality(G)</c>.
/// </remarks>
public static class Betweenness
{
    /// <summary>
    /// Computes the betweenness of every node with Brandes' algorithm (one breadth-first search per node,
    /// O(n·e) time, O(n + e) memory).
    /// </summary>
    /// <remarks>
    /// Shortest paths are counted in hops: co-occurrence weights are strengths, not distances, and reading
    /// them as distances (as networkx does when given a weight) would route paths around the strongest ties.
    /// </remarks>
    /// <param name="graph">The network; its weights are not used (see the type's remarks).</param>
    /// <param name="normalized">
    /// When true (networkx's default), divides by (n−1)(n−2)/2, the number of pairs of other nodes, so that
    /// values lie in [0, 1]; with n ≤ 2 every value is 0 either way. When false, returns the raw number of
    /// shortest paths (fractionally) through each node, each unordered pair counted once.
    /// </param>
    /// <returns>Every node of the graph, isolated nodes with 0, in the order of <see cref="WeightedGraph.Nodes"/>.</returns>
    public static IReadOnlyDictionary<string, double> Compute(WeightedGraph graph, bool normalized = true) => Compute(graph, normalized, dense: null);

    /// <summary>The same, with the breadth-first searches on bit sets (<see cref="DenseBreadthFirst"/>) or on the
    /// edge lists as <paramref name="dense"/> says, or as the graph's density makes cheaper when null.</summary>
    internal static IReadOnlyDictionary<string, double> Compute(WeightedGraph graph, bool normalized, bool? dense)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var adjacency = graph.ToAdjacencyArrays();
        var n = adjacency.NodeCount;
        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var order = new int[n];
        if (dense ?? DenseBreadthFirst.Pays(adjacency))
        {
            var search = new DenseBreadthFirst(adjacency);
            for (var source = 0; source < n; source++)
            {
                search.Accumulate(source, centrality, sigma, distance, delta, order);
            }
        }
        else
        {
            var queue = new int[n];
            var predecessors = new List<int>[n];
            for (var i = 0; i < n; i++)
            {
                predecessors[i] = [];
            }

            for (var source = 0; source < n; source++)
            {
                Accumulate(adjacency, source, centrality, sigma, distance, delta, order, queue, predecessors);
            }
        }

        // Each unordered pair was counted from both of its ends; networkx's scales fold that in.
        var scale = normalized ? (n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0) : 0.5;
        var result = new Dictionary<string, double>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            result.Add(graph.Nodes[i], centrality[i] * scale);
        }

        return result;
    }

    // One source of Brandes' algorithm: a breadth-first search counting shortest paths (sigma), then the
    // dependencies (delta) accumulated from the farthest nodes back.
    private static void Accumulate(
        AdjacencyArrays adjacency,
        int source,
        double[] centrality,
        double[] sigma,
        int[] distance,
        double[] delta,
        int[] order,
        int[] queue,
        List<int>[] predecessors)
    {
        Array.Fill(distance, -1);
        Array.Clear(sigma);
        Array.Clear(delta);
        foreach (var list in predecessors)
        {
            list.Clear();
        }

        sigma[source] = 1;
        distance[source] = 0;
        var head = 0;
        var tail = 0;
        var visited = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            var v = queue[head++];
            order[visited++] = v;
            for (var k = adjacency.Offsets[v]; k < adjacency.Offsets[v + 1]; k++)
            {
                var w = adjacency.Targets[k];
                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    queue[tail++] = w;
                }

                if (distance[w] == distance[v] + 1)
                {
                    sigma[w] += sigma[v];
                    predecessors[w].Add(v);
                }
            }
        }

        for (var i = visited - 1; i >= 0; i--)
        {
            var w = order[i];
            var coefficient = (1 + delta[w]) / sigma[w];
            foreach (var v in predecessors[w])
            {
                delta[v] += sigma[v] * coefficient;
            }

            if (w != source)
            {
                centrality[w] += delta[w];
            }
        }
    }
}
