using Analysis.Core.Cooccurrence.Network;

namespace Analysis.Core.Charts;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold, with edge weights and a pull to the centre):
/// tied actors attract, every pair repels, and the moves shrink step by step until the drawing settles.
/// The same graph always gives the same coordinates: the nodes start on a circle in ordinal order of their
/// ids, the only "randomness" is a fixed-seed jitter, and the number of iterations is fixed, so a chart
/// in a briefing does not rearrange itself from one run to the next.
/// </summary>
public static class ForceLayout
{
    /// <summary>Iterations when none are given: enough for a few hundred nodes to settle.</summary>
    public const int DefaultIterations = 400;

    // A fixed seed: determinism, not randomness, is the point of the jitter (it only breaks the circle's symmetry).
    private const ulong Seed = 0x9E3779B97F4A7C15;

    // How strongly every node is pulled to the centre (a pull growing with its distance from it); it keeps
    // isolated actors and small components near the rest instead of pinned to the frame.
    private const double Gravity = 0.9;

    /// <summary>
    /// The position of every node of <paramref name="graph"/> inside the box [0, <paramref name="width"/>] ×
    /// [0, <paramref name="height"/>], spread to fill it. Heavier edges pull harder. The result depends only on
    /// the nodes, edges and weights, not on the order they were added in. A <paramref name="center"/> node (an
    /// ego network's focus) is held at the middle while the forces act, so the others arrange around it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The box is empty or <paramref name="iterations"/> is below 1.</exception>
    public static IReadOnlyDictionary<string, NodePosition> Compute(
        WeightedGraph graph, double width = 1.5, double height = 1.0, int iterations = DefaultIterations, string? center = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!(width > 0) || !(height > 0) || !double.IsFinite(width) || !double.IsFinite(height))
        {
            throw new ArgumentOutOfRangeException(nameof(width), "The layout box needs a positive, finite width and height.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var ids = graph.Nodes.Order(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, NodePosition>(StringComparer.Ordinal);
        }

        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var edges = graph.Edges
            .Select(e => (A: Math.Min(index[e.A], index[e.B]), B: Math.Max(index[e.A], index[e.B]), e.Weight))
            .OrderBy(e => e.A).ThenBy(e => e.B)
            .ToArray();
        var pinned = center is not null && index.TryGetValue(center, out var c) ? c : -1;
        var (x, y) = Start(ids.Length, width, height, pinned);
        Settle(x, y, edges, width, height, iterations, pinned);
        Fill(x, width);
        Fill(y, height);
        return ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => new NodePosition(x[p.i], y[p.i]), StringComparer.Ordinal);
    }

    private static (double[] X, double[] Y) Start(int n, double width, double height, int pinned)
    {
        var x = new double[n];
        var y = new double[n];
        var state = Seed;
        for (var i = 0; i < n; i++)
        {
            var angle = (2 * Math.PI * i / n) + (0.05 * Next(ref state));
            x[i] = (width / 2) + (0.4 * width * Math.Cos(angle));
            y[i] = (height / 2) + (0.4 * height * Math.Sin(angle));
        }

        if (pinned >= 0)
        {
            (x[pinned], y[pinned]) = (width / 2, height / 2);
        }

        return (x, y);
    }

    private static void Settle(double[] x, double[] y, (int A, int B, double Weight)[] edges, double width, double height, int iterations, int pinned)
    {
        var n = x.Length;
        var k = Math.Sqrt(width * height / n);
        var maxWeight = edges.Length == 0 ? 1 : edges.Max(e => e.Weight);
        var dx = new double[n];
        var dy = new double[n];
        var start = 0.1 * Math.Max(width, height);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var (ex, ey, d) = Between(x, y, i, j, k);
                    var force = k * k / d;
                    dx[i] += ex * force;
                    dy[i] += ey * force;
                    dx[j] -= ex * force;
                    dy[j] -= ey * force;
                }
            }

            foreach (var (a, b, weight) in edges)
            {
                var (ex, ey, d) = Between(x, y, a, b, k);
                // Between 0.5 and 1.5 times the plain pull: a heavy tie holds its actors closer.
                var force = d * d / k * (0.5 + (weight / maxWeight));
                dx[a] -= ex * force;
                dy[a] -= ey * force;
                dx[b] += ex * force;
                dy[b] += ey * force;
            }

            // Linear cooling: large moves first, then ever finer adjustments, ending still.
            var temperature = start * (1 - ((double)iteration / iterations));
            for (var i = 0; i < n; i++)
            {
                dx[i] -= Gravity * (x[i] - (width / 2));
                dy[i] -= Gravity * (y[i] - (height / 2));
                var length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > 0 && i != pinned)
                {
                    var step = Math.Min(length, temperature);
                    x[i] = Math.Clamp(x[i] + (dx[i] / length * step), 0, width);
                    y[i] = Math.Clamp(y[i] + (dy[i] / length * step), 0, height);
                }
            }
        }
    }

    // The unit vector from j to i and their distance, never zero: two nodes on one spot are pushed apart
    // along a direction fixed by their indices, so even that case stays deterministic.
    private static (double X, double Y, double Distance) Between(double[] x, double[] y, int i, int j, double k)
    {
        var ex = x[i] - x[j];
        var ey = y[i] - y[j];
        var d = Math.Sqrt((ex * ex) + (ey * ey));
        if (d < 1e-9 * k)
        {
            var angle = (i * 2.399963) - j;
            return (Math.Cos(angle), Math.Sin(angle), 1e-3 * k);
        }

        return (ex / d, ey / d, d);
    }

    // Stretches the coordinates to span [0, size] exactly, or centres them when they all coincide. A pinned
    // node moves with the stretch: near the middle still, and the drawing uses the whole box.
    private static void Fill(double[] values, double size)
    {
        var min = values.Min();
        var max = values.Max();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = max - min < 1e-12 ? size / 2 : (values[i] - min) / (max - min) * size;
        }
    }

    // xorshift64*: a tiny generator whose sequence is fixed by its seed on every platform and runtime.
    private static double Next(ref ulong state)
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return ((state * 0x2545F4914F6CDD1DUL) >> 11) / (double)(1UL << 53) - 0.5;
    }
}
