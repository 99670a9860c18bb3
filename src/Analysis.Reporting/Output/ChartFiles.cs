using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Reporting.Output;

/// <summary>
/// Writes the charts an analyst pastes into a slide or a report, as PNG (1200×800) and SVG: the most
/// reported actors, their timeline, the strongest ties over time, and for the whole corpus and each
/// period of the network's unit the co-occurrence heatmap and the network. The folder is written as a
/// whole: the charts go to a new folder that then takes the old one's place, so a rerun on another corpus
/// leaves no chart of a month the new corpus does not have, and a failed run leaves the old charts.
/// </summary>
internal static class ChartFiles
{
    private const int Width = 1200;
    private const int Height = 800;

    // Laid out as at 800×533, the size the charts are designed and checked at (a notebook's), and drawn
    // 1.5 times larger: at 1200×800 laid out natively, ScottPlot clipped the top of the first legend row
    // (the dots of the i's, the accent of É).
    private const float Scale = 1.5f;

    public static IReadOnlyList<string> Write(string folder, CooccurrenceCounts counts, IReadOnlyList<ActorSummary> actors, NetworkOptions network, ChartWording wording)
    {
        var staging = $"{folder}.new-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        try
        {
            var names = WriteAll(staging, counts, actors, network, wording);
            Replace(folder, staging);
            return [.. names.Select(name => Path.Combine(folder, name))];
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    // The old folder is moved aside before the new one moves in, and deleted only then.
    private static void Replace(string folder, string staging)
    {
        if (File.Exists(folder))
        {
            throw new IOException($"'{folder}' is a file; the charts need a folder of that name.");
        }

        var old = $"{folder}.old-{Guid.NewGuid():N}";
        if (Directory.Exists(folder))
        {
            Directory.Move(folder, old);
        }

        Directory.Move(staging, folder);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private static List<string> WriteAll(string folder, CooccurrenceCounts counts, IReadOnlyList<ActorSummary> actors, NetworkOptions network, ChartWording wording)
    {
        var written = new List<string>();
        void Save(string name, Plot plot)
        {
            plot.ScaleFactor = Scale;
            var png = Path.Combine(folder, name + ".png");
            var svg = Path.Combine(folder, name + ".svg");
            ChartExport.SavePng(plot, png, Width, Height);
            ChartExport.SaveSvg(plot, svg, Width, Height);
            written.Add(Path.GetFileName(png));
            written.Add(Path.GetFileName(svg));
        }

        Save("top-actors", TopActorsChart.Create(actors, wording: wording));
        Save("actor-timeline", ActorTimelineChart.Create(counts, unit: network.Unit, wording: wording));
        Save("tie-timeline", TieTimelineChart.Create(counts, unit: network.Unit, window: network.Window, weight: network.Weight, wording: wording));
        var networkChart = new NetworkChartOptions { Network = network };
        foreach (var period in counts.PeriodsOf(network.Unit).Prepend(Period.All).Distinct())
        {
            Save($"heatmap-{period.Label}", CooccurrenceHeatmapChart.Create(counts, period, network.Window, wording: wording));
            Save($"network-{period.Label}", NetworkGraphChart.Create(counts, period, networkChart, wording: wording));
        }

        return written;
    }
}
