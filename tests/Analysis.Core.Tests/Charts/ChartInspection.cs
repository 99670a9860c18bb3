using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using ScottPlot;
using ScottPlot.Plottables;
using TextPlottable = ScottPlot.Plottables.Text;

namespace Analysis.Core.Tests.Charts;

/// <summary>Reads back what a chart drew: its texts, tick labels, markers, bars; and an empty corpus's counts.</summary>
internal static class ChartInspection
{
    private static readonly Lazy<CooccurrenceAnalysis> Empty = new(() => CooccurrenceAnalysis.Run(ActorAnalysis.Run([])));

    /// <summary>The co-occurrence of a corpus without documents.</summary>
    public static CooccurrenceAnalysis EmptyAnalysis => Empty.Value;

    public static IReadOnlyList<string> Texts(Plot plot) => [.. plot.GetPlottables<TextPlottable>().Select(t => t.LabelText)];

    /// <summary>The labels of an axis's ticks, by position, as drawn (ScottPlot fills the ticks when it renders).</summary>
    public static IReadOnlyList<string> TickLabels(Plot plot, IAxis axis)
    {
        plot.GetImage(1200, 800);
        var ticks = Assert.IsType<ScottPlot.TickGenerators.NumericManual>(axis.TickGenerator);
        return [.. ticks.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label)];
    }

    /// <summary>Tick labels from the highest position down: the order a reader sees on a vertical axis.</summary>
    public static IReadOnlyList<string> TickLabelsTopDown(Plot plot, IAxis axis) => [.. TickLabels(plot, axis).Reverse()];

    /// <summary>The node marker drawn where the label <paramref name="name"/> is anchored.</summary>
    public static Marker NodeOf(Plot plot, string name)
    {
        var label = plot.GetPlottables<TextPlottable>().Single(t => t.LabelText == name);
        return plot.GetPlottables<Marker>().Single(m => m.X == label.Location.X && m.Y == label.Location.Y);
    }

    /// <summary>The bar at the tick labelled <paramref name="name"/> on the left axis.</summary>
    public static Bar BarOf(Plot plot, string name)
    {
        plot.GetImage(1200, 800);
        var ticks = Assert.IsType<ScottPlot.TickGenerators.NumericManual>(plot.Axes.Left.TickGenerator);
        var position = ticks.Ticks.Single(t => t.Label == name).Position;
        return plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).Single(b => b.Position == position);
    }

    public static void AssertNoData(Plot plot) =>
        Assert.Contains(Texts(plot), t => t.StartsWith("No data for", StringComparison.Ordinal));

    public static void AssertHasData(Plot plot) =>
        Assert.DoesNotContain(Texts(plot), t => t.StartsWith("No data for", StringComparison.Ordinal));

    public static Color CountryColor => ChartTheme.ColorOf(ActorType.Country);
}
