using System.Numerics;

namespace Analysis.Core.Cooccurrence.Network;

/// <summary>
/// One source of Brandes' algorithm on a dense graph, with the neighbours and each distance's nodes held as
/// bit sets. The whole corpus's network of a large run is a graph of hundreds of actors each tied to most of
/// the others (a month's is far sparser and stays on the edge lists): there, walking every edge from every
/// source (most of them to nodes already reached) was most of the cost, where a word of 64 neighbours
/// answers "which of these are new, which sit one step closer" at once.
/// </summary>
/// <remarks>
/// The figures are bit for bit those of the edge-list walk in <see cref="Betweenness"/>: nodes are reached in
/// the same order (a node's new neighbours are queued in its adjacency order), each node's path count adds
/// its predecessors' in that order, and the dependencies are accumulated from the farthest node back in the
/// same order, so every floating-point sum is made in the same sequence.
/// </remarks>
internal sealed class DenseBreadthFirst
{
    private readonly AdjacencyArrays _adjacency;
    private readonly int _words;
    private readonly ulong[] _neighbours;

    // Per source, reused: the nodes reached so far, and the nodes at each distance (one row of words per distance).
    private readonly ulong[] _reached;
    private ulong[] _atDistance;

    public DenseBreadthFirst(AdjacencyArrays adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        _adjacency = adjacency;
        var n = adjacency.NodeCount;
        _words = (n + 63) / 64;
        _neighbours = new ulong[n * _words];
        for (var v = 0; v < n; v++)
        {
            for (var k = adjacency.Offsets[v]; k < adjacency.Offsets[v + 1]; k++)
            {
                var w = adjacency.Targets[k];
                _neighbours[(v * _words) + (w >> 6)] |= 1UL << (w & 63);
            }
        }

        _reached = new ulong[_words];
        _atDistance = new ulong[_words * 4];
    }

    /// <summary>
    /// True when bit sets cost less than the edge lists: a breadth-first search then costs about a word per 64
    /// nodes for each node, against one step per edge end.
    /// </summary>
    public static bool Pays(AdjacencyArrays adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var n = (long)adjacency.NodeCount;
        var words = (n + 63) / 64;
        return n >= 64 && n * words * 8 <= adjacency.Targets.Length;
    }

    /// <summary>Adds the dependencies of every other node on <paramref name="source"/> to <paramref name="centrality"/>.</summary>
    public void Accumulate(int source, double[] centrality, double[] sigma, int[] distance, double[] delta, int[] order)
    {
        Array.Fill(distance, -1);
        Array.Clear(sigma);
        Array.Clear(delta);
        Array.Clear(_reached);
        sigma[source] = 1;
        distance[source] = 0;
        _reached[source >> 6] |= 1UL << (source & 63);
        var first = Row(0);
        first.Clear();
        first[source >> 6] |= 1UL << (source & 63);
        order[0] = source;
        var visited = 1;
        var levelStart = 0;
        for (var level = 0; levelStart < visited; level++)
        {
            var levelEnd = visited;
            var next = Row(level + 1);
            next.Clear();
            for (var i = levelStart; i < levelEnd; i++)
            {
                visited = Discover(order[i], level + 1, distance, order, visited, next);
            }

            // Path counts, each node's predecessors added in the order they were reached.
            for (var i = levelStart; i < levelEnd; i++)
            {
                var v = order[i];
                var row = Neighbours(v);
                for (var k = 0; k < _words; k++)
                {
                    for (var bits = row[k] & next[k]; bits != 0; bits &= bits - 1)
                    {
                        sigma[(k << 6) + BitOperations.TrailingZeroCount(bits)] += sigma[v];
                    }
                }
            }

            levelStart = levelEnd;
        }

        for (var i = visited - 1; i >= 0; i--)
        {
            var w = order[i];
            if (distance[w] > 0)
            {
                var coefficient = (1 + delta[w]) / sigma[w];
                var row = Neighbours(w);
                var closer = Row(distance[w] - 1);
                for (var k = 0; k < _words; k++)
                {
                    for (var bits = row[k] & closer[k]; bits != 0; bits &= bits - 1)
                    {
                        var v = (k << 6) + BitOperations.TrailingZeroCount(bits);
                        delta[v] += sigma[v] * coefficient;
                    }
                }
            }

            if (w != source)
            {
                centrality[w] += delta[w];
            }
        }
    }

    // Queues v's neighbours not reached yet, in v's adjacency order, at the given distance.
    private int Discover(int v, int distanceOfNew, int[] distance, int[] order, int visited, Span<ulong> next)
    {
        var row = Neighbours(v);
        var fresh = 0;
        for (var k = 0; k < _words; k++)
        {
            fresh += BitOperations.PopCount(row[k] & ~_reached[k]);
        }

        for (var k = _adjacency.Offsets[v]; fresh > 0 && k < _adjacency.Offsets[v + 1]; k++)
        {
            var w = _adjacency.Targets[k];
            if (distance[w] < 0)
            {
                distance[w] = distanceOfNew;
                order[visited++] = w;
                _reached[w >> 6] |= 1UL << (w & 63);
                next[w >> 6] |= 1UL << (w & 63);
                fresh--;
            }
        }

        return visited;
    }

    private ReadOnlySpan<ulong> Neighbours(int v) => _neighbours.AsSpan(v * _words, _words);

    // The row of nodes at a distance, grown as a search goes deeper.
    private Span<ulong> Row(int level)
    {
        if ((level + 1) * _words > _atDistance.Length)
        {
            Array.Resize(ref _atDistance, Math.Max(2 * _atDistance.Length, (level + 1) * _words));
        }

        return _atDistance.AsSpan(level * _words, _words);
    }
}
