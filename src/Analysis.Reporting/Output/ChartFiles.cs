using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Reporting.Output;

/// <summary>
/// Writes the charts an analyst pastes into a slide or a report, as PNG (1200×800) and SVG: the most
/// reported actors, their timeline, the strongest ties over time, and for the whole corpus and each
/// period of the network's unit the co-occurrence heatmap and the network. Each file is written
/// atomically; names are stable (<c>network-2024-11.png</c>) so a rerun replaces them.
/// </summary>
internal static class ChartFiles
{
    private const int Width = 1200;
    private const int Height = 800;

    public static IReadOnlyList<string> Write(string folder, CooccurrenceCounts counts, IReadOnlyList<ActorSummary> actors, NetworkOptions network)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Save(string name, Plot plot)
        {
            var png = Path.Combine(folder, name + ".png");
            var svg = Path.Combine(folder, name + ".svg");
            ChartExport.SavePng(plot, png, Width, Height);
            ChartExport.SaveSvg(plot, svg, Width, Height);
            written.Add(png);
            written.Add(svg);
        }

        Save("top-actors", TopActorsChart.Create(actors));
        Save("actor-timeline", ActorTimelineChart.Create(counts, unit: network.Unit));
        Save("tie-timeline", TieTimelineChart.Create(counts, unit: network.Unit, window: network.Window, weight: network.Weight));
        var networkChart = new NetworkChartOptions { Network = network };
        foreach (var period in counts.PeriodsOf(network.Unit).Prepend(Period.All).Distinct())
        {
            Save($"heatmap-{period.Label}", CooccurrenceHeatmapChart.Create(counts, period, network.Window));
            Save($"network-{period.Label}", NetworkGraphChart.Create(counts, period, networkChart));
        }

        return written;
    }
}
