using System.Collections.Concurrent;
using Analysis.Core.Cooccurrence.Network;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>Builds each period's network from the counts and measures every actor in it.</summary>
public static class NetworkMeasures
{
    /// <summary>One row per period and actor, for the periods of the options' unit, by period then strength.</summary>
    public static IReadOnlyList<NetworkRow> Of(CooccurrenceCounts counts, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= NetworkOptions.Default;
        return Of(counts, counts.PeriodsOf(options.Unit), options);
    }

    /// <summary>
    /// One row per period and actor, for <paramref name="periods"/> in the order given, each period's actors
    /// strongest first. The periods are independent graphs, measured on <paramref name="threads"/> threads
    /// at once (every core when null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than one.</exception>
    public static IReadOnlyList<NetworkRow> Of(CooccurrenceCounts counts, IReadOnlyList<Period> periods, NetworkOptions? options = null, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads ?? 1, 1, nameof(threads));
        options ??= NetworkOptions.Default;
        var measured = new IReadOnlyList<NetworkRow>[periods.Count];
        // The graph with the most ties first: the whole corpus's can take as long as a dozen months
        // together, and measured last it would run on one core while the others wait.
        var largestFirst = Enumerable.Range(0, periods.Count)
            .OrderByDescending(i => counts.RowsOf(periods[i], options.Window).Count)
            .ToList();
        Parallel.ForEach(
            Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 },
            i => measured[i] = Of(counts, periods[i], options));
        return [.. measured.SelectMany(rows => rows)];
    }

    /// <summary>One row per actor of one period's network, strongest first.</summary>
    public static IReadOnlyList<NetworkRow> Of(CooccurrenceCounts counts, Period period, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= NetworkOptions.Default;
        var graph = Graph(counts, period, options);
        var actors = counts.PresenceOf(period, options.Window).ToDictionary(p => p.Actor.Id, p => p.Actor, StringComparer.Ordinal);
        var betweenness = Betweenness.Compute(graph);
        var communities = Louvain.Communities(graph, options.Resolution);
        return [.. graph.Nodes
            .Select(id => new NetworkRow(period, actors[id], graph.Degree(id), graph.Strength(id), betweenness[id], communities[id]))
            .OrderByDescending(r => r.Strength)
            .ThenByDescending(r => r.Betweenness)
            .ThenBy(r => r.Actor.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The network of one period: every actor named in it is a node (an actor without ties is isolated,
    /// not absent), every tie an edge weighted by the options' count.
    /// </summary>
    public static WeightedGraph Graph(CooccurrenceCounts counts, Period period, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= NetworkOptions.Default;
        var graph = new WeightedGraph();
        foreach (var presence in counts.PresenceOf(period, options.Window))
        {
            graph.AddNode(presence.Actor.Id);
        }

        foreach (var row in counts.RowsOf(period, options.Window))
        {
            graph.AddEdge(row.A.Id, row.B.Id, row.WeightBy(options.Weight));
        }

        return graph;
    }
}
