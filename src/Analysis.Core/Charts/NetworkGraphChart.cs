using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Network;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Core.Charts;

/// <summary>
/// The co-occurrence network of one period as a drawing: one node per actor named (sized by strength,
/// coloured by type or community), one edge per tie (wider and darker when heavier), names beside the
/// nodes, laid out by <see cref="ForceLayout"/> so the same data always gives the same picture.
/// </summary>
public static class NetworkGraphChart
{
    /// <summary>
    /// The network of <paramref name="period"/> (the whole corpus when null) in <paramref name="counts"/>, built
    /// as <see cref="NetworkMeasures"/> builds it with the options' window and weight. The texts are in
    /// <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for fewer than one node or layout iteration.</exception>
    public static Plot Create(CooccurrenceCounts counts, Period? period = null, NetworkChartOptions? options = null, string? title = null, ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ChartFonts.Register();
        options = Check(options);
        var shown = period ?? Period.All;
        wording ??= ChartWording.English;
        return Build(counts, shown, options, title ?? wording.NetworkTitle(shown), focusId: null, wording);
    }

    /// <summary>Checks the options (the defaults when null).</summary>
    internal static NetworkChartOptions Check(NetworkChartOptions? options)
    {
        options ??= NetworkChartOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxNodes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LayoutIterations, 1, nameof(options));
        return options;
    }

    /// <summary>The network chart, with <paramref name="focusId"/>'s node highlighted and always kept.</summary>
    internal static Plot Build(CooccurrenceCounts counts, Period period, NetworkChartOptions options, string title, string? focusId, ChartWording wording)
    {
        var rows = NetworkMeasures.Of(counts, period, options.Network);
        if (rows.Count == 0)
        {
            return ChartParts.NoData(wording.NoActorsIn(period, options.Network.Window), title);
        }

        // The strongest nodes (rows come strongest first), and the focus even when it is not among them.
        var kept = rows.Take(options.MaxNodes).ToList();
        if (focusId is not null && !kept.Exists(r => r.Actor.Id == focusId) && rows.FirstOrDefault(r => r.Actor.Id == focusId) is { } focus)
        {
            kept[^1] = focus;
        }

        var graph = Subgraph(NetworkMeasures.Graph(counts, period, options.Network), kept);
        if (graph.EdgeCount == 0)
        {
            // Scattered dots with no edge would look like a drawing gone wrong; say what the data says.
            return ChartParts.NoData(wording.NoneTogether(period, rows.Count, options.Network.Window), title);
        }

        var layout = ForceLayout.Compute(graph, NetworkDrawing.Width, NetworkDrawing.Height, options.LayoutIterations, center: focusId);
        var plot = new Plot();
        plot.Title(title);
        var caption = wording.NetworkCaption(options.Network.Window, options.Network.Weight, kept.Count, rows.Count);
        NetworkDrawing.Draw(plot, kept, graph, layout, options.ColorBy, focusId, caption, wording);
        return plot;
    }

    // The kept nodes and the edges between them, added in a fixed order so the layout never depends on how
    // the counts happened to be sorted.
    private static WeightedGraph Subgraph(WeightedGraph graph, IReadOnlyList<NetworkRow> kept)
    {
        var ids = kept.Select(r => r.Actor.Id).Order(StringComparer.Ordinal).ToList();
        var keep = ids.ToHashSet(StringComparer.Ordinal);
        var subgraph = new WeightedGraph();
        foreach (var id in ids)
        {
            subgraph.AddNode(id);
        }

        foreach (var edge in graph.Edges.Where(e => keep.Contains(e.A) && keep.Contains(e.B)).OrderBy(e => e.A, StringComparer.Ordinal).ThenBy(e => e.B, StringComparer.Ordinal))
        {
            subgraph.AddEdge(edge.A, edge.B, edge.Weight);
        }

        return subgraph;
    }
}
