using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Network;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;
using TextPlottable = ScottPlot.Plottables.Text;

namespace Analysis.Core.Charts;

/// <summary>
/// Draws a laid-out network: edges as lines whose width and darkness grow with the tie's weight, nodes as
/// circles sized by strength and coloured by type or community, a label per node placed when the chart is
/// rendered (at its final size) so labels avoid each other, and a caption saying what size and width mean.
/// Shared by <see cref="NetworkGraphChart"/> and <see cref="EgoNetworkChart"/>.
/// </summary>
internal static class NetworkDrawing
{
    /// <summary>Width of the layout box: wider than high, as slides and report pages are.</summary>
    public const double Width = 1.5;

    /// <summary>Height of the layout box.</summary>
    public const double Height = 1.0;

    private const float LabelPadding = 1.5f;

    /// <summary>Draws <paramref name="nodes"/> (strongest first) and the edges of <paramref name="graph"/> at <paramref name="layout"/>,
    /// the legend in <paramref name="wording"/>.</summary>
    public static void Draw(
        Plot plot,
        IReadOnlyList<NetworkRow> nodes,
        WeightedGraph graph,
        IReadOnlyDictionary<string, NodePosition> layout,
        NodeColoring coloring,
        string? focusId,
        string caption,
        ChartWording wording)
    {
        DrawEdges(plot, graph, layout);
        var maxStrength = Math.Max(nodes.Max(n => n.Strength), 1);
        var labelled = new List<(Marker Node, TextPlottable Label)>();
        foreach (var node in nodes)
        {
            var at = layout[node.Actor.Id];
            var isFocus = node.Actor.Id == focusId;
            var color = coloring == NodeColoring.Community ? ChartTheme.CommunityColor(node.Community) : ChartTheme.ColorOf(node.Actor.Type);
            // Area, not diameter, follows strength, so a node twice as strong does not look four times as big;
            // a floor keeps isolated actors visible.
            var size = (float)Math.Max(9, 38 * Math.Sqrt(node.Strength / maxStrength));
            var marker = plot.Add.Marker(at.X, at.Y, MarkerShape.FilledCircle, size, color);
            marker.MarkerStyle.OutlineColor = isFocus ? ChartTheme.TextColor : ChartTheme.Background;
            marker.MarkerStyle.OutlineWidth = isFocus ? 3 : 1.5f;
            labelled.Add((marker, Label(plot, node, at, isFocus)));
        }

        plot.Axes.SetLimits(-0.04 * Width, 1.04 * Width, -0.05 * Height, 1.05 * Height);
        plot.RenderManager.RenderStarting += (_, render) => PlaceLabels(render, labelled);
        plot.Legend.ManualItems.AddRange(coloring == NodeColoring.Community
            ? nodes.Select(n => n.Community).Distinct().Order().Select(c => ChartParts.Dot(wording.Community(c), ChartTheme.CommunityColor(c)))
            : ChartParts.TypeLegend(nodes.Select(n => n.Actor.Type), wording, dots: true));
        // Below the drawing, in one row: the drawing keeps the full width and the title stays centred on it.
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        plot.XLabel(caption);
        ChartTheme.Apply(plot);
        ChartParts.HideFrame(plot);
        ChartTheme.Style(plot.Axes.Bottom.Label, ChartTheme.TickLabelSize, ChartTheme.MutedTextColor);
    }

    private static void DrawEdges(Plot plot, WeightedGraph graph, IReadOnlyDictionary<string, NodePosition> layout)
    {
        // Lightest first, so the heavy ties are drawn over the light ones.
        var edges = graph.Edges
            .OrderBy(e => e.Weight)
            .ThenBy(e => e.A, StringComparer.Ordinal)
            .ThenBy(e => e.B, StringComparer.Ordinal)
            .ToList();
        if (edges.Count == 0)
        {
            return;
        }

        var min = edges.Min(e => e.Weight);
        var max = edges.Max(e => e.Weight);
        foreach (var edge in edges)
        {
            var share = max > min ? (edge.Weight - min) / (max - min) : 0.3;
            var (a, b) = (layout[edge.A], layout[edge.B]);
            var line = plot.Add.Line(a.X, a.Y, b.X, b.Y);
            line.LineWidth = (float)(1 + (5 * share));
            line.LineColor = ChartTheme.EdgeColor.WithAlpha(0.25 + (0.45 * share));
            line.MarkerSize = 0;
        }
    }

    private static TextPlottable Label(Plot plot, NetworkRow node, NodePosition at, bool isFocus)
    {
        var label = ChartParts.AddText(plot, ChartParts.Shorten(node.Actor.Name, 40), at.X, at.Y, isFocus ? ChartTheme.AnnotationSize + 1 : ChartTheme.AnnotationSize, ChartTheme.TextColor, bold: isFocus);
        label.LabelStyle.BackgroundColor = ChartTheme.Background.WithAlpha(0.8);
        label.LabelStyle.Padding = LabelPadding;
        label.LabelStyle.Alignment = Alignment.UpperLeft;
        return label;
    }

    // Runs at every render, once the data area is known: node positions in pixels, label sizes as ScottPlot
    // will draw them, then offsets from each node to the spot the placer chose.
    private static void PlaceLabels(RenderPack render, List<(Marker Node, TextPlottable Label)> labelled)
    {
        var limits = render.Plot.Axes.GetLimits();
        var data = render.DataRect;
        var centers = new List<(SKPoint Center, float Radius)>(labelled.Count);
        var sizes = new List<SKSize>(labelled.Count);
        foreach (var (node, label) in labelled)
        {
            var x = data.Left + (float)((node.X - limits.Left) / (limits.Right - limits.Left) * data.Width);
            var y = data.Bottom - (float)((node.Y - limits.Bottom) / (limits.Top - limits.Bottom) * data.Height);
            centers.Add((new SKPoint(x, y), node.MarkerSize / 2));
            var measured = label.LabelStyle.Measure(label.LabelText, render.Paint);
            sizes.Add(new SKSize(measured.Width + (2 * LabelPadding), measured.Height + (2 * LabelPadding)));
        }

        var rects = LabelPlacer.Place(centers, sizes, new SKRect(data.Left, data.Top, data.Right, data.Bottom));
        for (var i = 0; i < labelled.Count; i++)
        {
            labelled[i].Label.OffsetX = rects[i].Left - centers[i].Center.X;
            labelled[i].Label.OffsetY = rects[i].Top - centers[i].Center.Y;
        }
    }
}
