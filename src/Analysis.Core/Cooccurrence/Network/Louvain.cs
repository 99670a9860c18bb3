namespace Analysis.Core.Cooccurrence.Network;

/// <summary>
/// Community detection by the Louvain method (Blondel et al. 2008): weighted modularity optimisation in
/// two phases, repeated until a pass changes nothing. Local moving puts each node into the neighbouring
/// community that raises modularity most; aggregation then turns each community into one node (its
/// inner weight becoming a self-loop) and the moving starts again on that smaller graph.
/// </summary>
/// <remarks>
/// <para>
/// Deterministic, unlike networkx's <c>louvain_communities</c>, which shuffles the nodes with a seed:
/// nodes are visited in <see cref="WeightedGraph.Nodes"/> order (at each level, aggregated nodes in the
/// order of their communities' first members), and when two communities offer the same gain the one
/// with the lower index wins. A node moves only for a strict gain, so a pass that finds nothing better
/// ends the level. The same graph, built in the same order, therefore always gives the same partition,
/// which a report that quotes community numbers needs.
/// </para>
/// <para>
/// Runs on integer adjacency arrays; each pass costs O(n + e), and the levels shrink quickly, so a few
/// thousand actors with tens of thousands of ties take milliseconds.
/// </para>
/// </remarks>
public static class Louvain
{
    // A move must raise modularity by more than this: with rounding, a "gain" of 1e-17 could otherwise
    // send a node back and forth between two equally good communities forever.
    private const double MinimumGain = 1e-10;

    /// <summary>Finds communities that maximise the weighted modularity (see <see cref="Modularity.Of"/>) of the graph.</summary>
    /// <param name="graph">The network; its edge weights count (a heavy tie pulls two actors together).</param>
    /// <param name="resolution">
    /// γ of the modularity: above 1 gives more, smaller communities; below 1 fewer, larger ones. Must be
    /// finite and not negative.
    /// </param>
    /// <returns>
    /// The community of every node, in <see cref="WeightedGraph.Nodes"/> order. Community 0 is the largest,
    /// then by size descending, equal sizes ordered by the position of their first node in
    /// <see cref="WeightedGraph.Nodes"/>. An isolated node is a community of its own; an empty graph gives
    /// an empty result.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The resolution is negative, infinite or NaN.</exception>
    public static IReadOnlyDictionary<string, int> Communities(WeightedGraph graph, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Modularity.CheckResolution(resolution);
        var n = graph.NodeCount;

        // membership[i]: the node of the current level that original node i belongs to.
        var membership = new int[n];
        for (var i = 0; i < n; i++)
        {
            membership[i] = i;
        }

        var level = graph.ToAdjacencyArrays();
        while (level.TotalWeight > 0 && MoveNodes(level, resolution, out var community))
        {
            var count = Renumber(community);
            for (var i = 0; i < n; i++)
            {
                membership[i] = community[membership[i]];
            }

            level = Aggregate(level, community, count);
        }

        return Label(graph, membership);
    }

    // Phase one: sweeps the nodes in order, moving each to its best neighbouring community, until a sweep
    // moves nothing. Returns false when not a single node moved (the partition is final).
    private static bool MoveNodes(AdjacencyArrays level, double resolution, out int[] community)
    {
        var n = level.NodeCount;
        var m = level.TotalWeight;
        var penalty = resolution / (2 * m);
        var tolerance = MinimumGain * m;
        community = new int[n];
        var total = new double[n];
        var weightTo = new double[n];
        var touched = new List<int>();
        for (var i = 0; i < n; i++)
        {
            community[i] = i;
            total[i] = level.Strengths[i];
            weightTo[i] = -1;
        }

        var movedAny = false;
        bool moved;
        do
        {
            moved = false;
            for (var i = 0; i < n; i++)
            {
                var k = level.Strengths[i];
                var own = community[i];
                touched.Clear();
                for (var e = level.Offsets[i]; e < level.Offsets[i + 1]; e++)
                {
                    var c = community[level.Targets[e]];
                    if (weightTo[c] < 0)
                    {
                        weightTo[c] = 0;
                        touched.Add(c);
                    }

                    weightTo[c] += level.Weights[e];
                }

                // Gains are modularity changes times m, measured from i standing alone:
                // (weight from i into c) − γ · (strength of c without i) · k_i / 2m.
                total[own] -= k;
                var stay = Math.Max(weightTo[own], 0) - (penalty * total[own] * k);
                var best = -1;
                var bestGain = double.NegativeInfinity;
                foreach (var c in touched)
                {
                    var gain = weightTo[c] - (penalty * total[c] * k);
                    if (c != own && (gain > bestGain + tolerance || (gain >= bestGain - tolerance && c < best)))
                    {
                        best = c;
                        bestGain = gain;
                    }

                    weightTo[c] = -1;
                }

                if (best >= 0 && bestGain > stay + tolerance)
                {
                    community[i] = best;
                    moved = movedAny = true;
                }

                total[community[i]] += k;
            }
        }
        while (moved);

        return movedAny;
    }

    // Renumbers communities 0, 1, … by their first node in the level's order; returns how many there are.
    private static int Renumber(int[] community)
    {
        var map = new int[community.Length];
        Array.Fill(map, -1);
        var count = 0;
        for (var i = 0; i < community.Length; i++)
        {
            var c = community[i];
            if (map[c] < 0)
            {
                map[c] = count++;
            }

            community[i] = map[c];
        }

        return count;
    }

    // Phase two: one node per community; edges between communities sum, edges inside become a self-loop.
    private static AdjacencyArrays Aggregate(AdjacencyArrays level, int[] community, int count)
    {
        var members = new List<int>[count];
        for (var c = 0; c < count; c++)
        {
            members[c] = [];
        }

        for (var i = 0; i < community.Length; i++)
        {
            members[community[i]].Add(i);
        }

        var selfLoops = new double[count];
        var weightTo = new double[count];
        Array.Fill(weightTo, -1);
        var touched = new List<int>();
        var edges = new List<(int A, int B, double Weight)>();
        for (var c = 0; c < count; c++)
        {
            touched.Clear();
            foreach (var i in members[c])
            {
                selfLoops[c] += level.SelfLoops[i];
                for (var e = level.Offsets[i]; e < level.Offsets[i + 1]; e++)
                {
                    var d = community[level.Targets[e]];
                    if (d == c)
                    {
                        // Seen from both ends: half each time.
                        selfLoops[c] += level.Weights[e] / 2;
                    }
                    else if (d > c)
                    {
                        // The edge to a lower community was emitted when that community was built.
                        if (weightTo[d] < 0)
                        {
                            weightTo[d] = 0;
                            touched.Add(d);
                        }

                        weightTo[d] += level.Weights[e];
                    }
                }
            }

            foreach (var d in touched)
            {
                edges.Add((c, d, weightTo[d]));
                weightTo[d] = -1;
            }
        }

        return AdjacencyArrays.Build(count, edges, selfLoops);
    }

    // Final numbers: 0 for the largest community, then by size, ties by the first node's position.
    private static Dictionary<string, int> Label(WeightedGraph graph, int[] membership)
    {
        var n = membership.Length;
        var size = new int[n];
        var first = new int[n];
        Array.Fill(first, -1);
        for (var i = 0; i < n; i++)
        {
            var c = membership[i];
            size[c]++;
            if (first[c] < 0)
            {
                first[c] = i;
            }
        }

        var ranked = Enumerable.Range(0, n)
            .Where(c => size[c] > 0)
            .OrderByDescending(c => size[c])
            .ThenBy(c => first[c])
            .ToList();
        var label = new int[n];
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            label[ranked[rank]] = rank;
        }

        var result = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            result.Add(graph.Nodes[i], label[membership[i]]);
        }

        return result;
    }
}
