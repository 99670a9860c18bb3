using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// Places node labels in pixels, where they will be seen: each label, most important node first, takes the
/// first spot around its node (right, left, below, above, the corners, then a little further out) that
/// overlaps no label placed before it, no node and nothing outside the drawing area; when every spot
/// collides, the one that collides least. Greedy and deterministic: the same drawing at the same size
/// always gets the same labels.
/// </summary>
internal static class LabelPlacer
{
    private const float Gap = 2;

    /// <summary>
    /// The rectangle of each label, in the order given (which is the order of importance): label i belongs to
    /// node i, and <paramref name="sizes"/>[i] is its width and height.
    /// </summary>
    public static IReadOnlyList<SKRect> Place(IReadOnlyList<(SKPoint Center, float Radius)> nodes, IReadOnlyList<SKSize> sizes, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(sizes);
        if (nodes.Count != sizes.Count)
        {
            throw new ArgumentException("Every node needs exactly one label size.", nameof(sizes));
        }

        // Nodes are obstacles as the squares inside their circles: a label may graze a circle's rim.
        var obstacles = nodes.Select(n => SKRect.Create(n.Center.X - (n.Radius * 0.8f), n.Center.Y - (n.Radius * 0.8f), n.Radius * 1.6f, n.Radius * 1.6f)).ToArray();
        var placed = new List<SKRect>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            var best = SKRect.Empty;
            var bestCost = double.MaxValue;
            foreach (var candidate in Candidates(nodes[i].Center, nodes[i].Radius, sizes[i]))
            {
                var cost = Cost(candidate, placed, obstacles, i, bounds);
                if (cost < bestCost)
                {
                    (best, bestCost) = (candidate, cost);
                    if (cost == 0)
                    {
                        break;
                    }
                }
            }

            placed.Add(best);
        }

        return placed;
    }

    private static IEnumerable<SKRect> Candidates(SKPoint c, float radius, SKSize size)
    {
        var (w, h) = (size.Width, size.Height);
        foreach (var extra in new[] { 0f, 0.9f, 1.8f, 2.7f })
        {
            var d = radius + Gap + (extra * h);
            var diagonal = d * 0.72f;
            yield return SKRect.Create(c.X + d, c.Y - (h / 2), w, h);
            yield return SKRect.Create(c.X - d - w, c.Y - (h / 2), w, h);
            yield return SKRect.Create(c.X - (w / 2), c.Y + d, w, h);
            yield return SKRect.Create(c.X - (w / 2), c.Y - d - h, w, h);
            yield return SKRect.Create(c.X + diagonal, c.Y + diagonal, w, h);
            yield return SKRect.Create(c.X + diagonal, c.Y - diagonal - h, w, h);
            yield return SKRect.Create(c.X - diagonal - w, c.Y + diagonal, w, h);
            yield return SKRect.Create(c.X - diagonal - w, c.Y - diagonal - h, w, h);
        }
    }

    // Overlapping area, weighted: a label outside the drawing is cut off (worst), one over another label
    // is unreadable, one over a node hides it.
    private static double Cost(SKRect candidate, List<SKRect> placed, SKRect[] obstacles, int self, SKRect bounds)
    {
        var inside = SKRect.Intersect(candidate, bounds);
        var cost = 4.0 * ((candidate.Width * candidate.Height) - (inside.IsEmpty ? 0 : inside.Width * inside.Height));
        foreach (var label in placed)
        {
            cost += Overlap(candidate, label);
        }

        for (var j = 0; j < obstacles.Length; j++)
        {
            if (j != self)
            {
                cost += 0.7 * Overlap(candidate, obstacles[j]);
            }
        }

        return cost;
    }

    private static double Overlap(SKRect a, SKRect b)
    {
        var overlap = SKRect.Intersect(a, b);
        return overlap.IsEmpty ? 0 : overlap.Width * overlap.Height;
    }
}
