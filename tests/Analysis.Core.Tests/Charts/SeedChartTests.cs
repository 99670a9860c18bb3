using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;
using ScottPlot;

namespace Analysis.Core.Tests.Charts;

/// <summary>Every chart on the seeds, written as PNG and SVG; every chart on an empty corpus, saying so.</summary>
public sealed class SeedChartTests
{
    public static TheoryData<string> Charts => [.. Seed.Keys];

    private static Dictionary<string, Func<Plot>> Seed => new()
    {
        ["top-actors"] = () => TopActorsChart.Create(SeedCooccurrence.Analysis.Actors.Actors),
        ["actor-timeline"] = () => ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts),
        ["heatmap"] = () => CooccurrenceHeatmapChart.Create(SeedCooccurrence.Analysis.Counts),
        ["heatmap-npmi"] = () => CooccurrenceHeatmapChart.Create(SeedCooccurrence.Analysis.Counts, window: CooccurrenceWindow.Sentence, measure: TieMeasure.Npmi),
        ["network"] = () => NetworkGraphChart.Create(SeedCooccurrence.Analysis.Counts),
        ["network-month"] = () => NetworkGraphChart.Create(SeedCooccurrence.Analysis.Counts, SeedCooccurrence.Analysis.Counts.PeriodsOf(PeriodUnit.Month)[^1]),
        ["tie-timeline"] = () => TieTimelineChart.Create(SeedCooccurrence.Analysis.Counts),
        ["ego"] = () => EgoNetworkChart.Create(SeedCooccurrence.Analysis, "Célestin Simporé"),
    };

    private static Dictionary<string, Func<Plot>> Empty => new()
    {
        ["top-actors"] = () => TopActorsChart.Create(ChartInspection.EmptyAnalysis.Actors.Actors),
        ["actor-timeline"] = () => ActorTimelineChart.Create(ChartInspection.EmptyAnalysis.Counts),
        ["heatmap"] = () => CooccurrenceHeatmapChart.Create(ChartInspection.EmptyAnalysis.Counts),
        ["heatmap-npmi"] = () => CooccurrenceHeatmapChart.Create(ChartInspection.EmptyAnalysis.Counts, measure: TieMeasure.Npmi),
        ["network"] = () => NetworkGraphChart.Create(ChartInspection.EmptyAnalysis.Counts),
        ["network-month"] = () => NetworkGraphChart.Create(ChartInspection.EmptyAnalysis.Counts, Period.Containing(new DateOnly(2024, 11, 1), PeriodUnit.Month)),
        ["tie-timeline"] = () => TieTimelineChart.Create(ChartInspection.EmptyAnalysis.Counts),
        ["ego"] = () => EgoNetworkChart.Create(SeedCooccurrence.Analysis, "Célestin Simporé", Period.Containing(new DateOnly(2020, 1, 1), PeriodUnit.Year)),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_RendersToPngAndSvg_OnTheSeeds(string chart)
    {
        using var folder = new TempFolder();
        var plot = Seed[chart]();

        ChartExport.SavePng(plot, Path.Combine(folder.Path, chart + ".png"));
        ChartExport.SaveSvg(plot, Path.Combine(folder.Path, chart + ".svg"));

        ChartInspection.AssertHasData(plot);
        Assert.True(new FileInfo(Path.Combine(folder.Path, chart + ".png")).Length > 10_000);
        Assert.Contains("</svg>", File.ReadAllText(Path.Combine(folder.Path, chart + ".svg")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_SaysNoData_AndStillRenders_WhenThereIsNothingToDraw(string chart)
    {
        using var folder = new TempFolder();
        var plot = Empty[chart]();

        ChartExport.SavePng(plot, Path.Combine(folder.Path, chart + ".png"));

        ChartInspection.AssertNoData(plot);
        Assert.False(string.IsNullOrEmpty(plot.Axes.Title.Label.Text));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_WritesEveryTextInTheChartFont(string chart)
    {
        var plot = Seed[chart]();

        Assert.Equal(ChartTheme.FontName, plot.Axes.Title.Label.FontName);
        Assert.All(plot.Axes.GetAxes(), axis => Assert.Equal(ChartTheme.FontName, axis.TickLabelStyle.FontName));
        Assert.All(plot.GetPlottables<ScottPlot.Plottables.Text>(), text => Assert.Equal(ChartTheme.FontName, text.LabelStyle.FontName));
    }
}
