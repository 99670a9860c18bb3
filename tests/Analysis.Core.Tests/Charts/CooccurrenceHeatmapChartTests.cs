using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;
using ScottPlot.Plottables;

namespace Analysis.Core.Tests.Charts;

public sealed class CooccurrenceHeatmapChartTests
{
    private static CooccurrenceCounts Counts => SeedCooccurrence.Analysis.Counts;

    private static Period August2023 => Period.Containing(new DateOnly(2023, 8, 1), PeriodUnit.Month);

    [Fact]
    public void Create_LabelsBothAxes_WithTheActorsOfThePeriod()
    {
        var plot = CooccurrenceHeatmapChart.Create(Counts, August2023);

        string[] expected = ["Burkina Faso", "Célestin Simporé", "Mali", "Niger", "Oumar Diarra"];
        Assert.Equal(expected, ChartInspection.TickLabels(plot, plot.Axes.Left).Order(StringComparer.Ordinal));
        Assert.Equal(ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left), ChartInspection.TickLabels(plot, plot.Axes.Bottom));
    }

    [Fact]
    public void Create_FillsTheCells_WithTheTieCounts()
    {
        var plot = CooccurrenceHeatmapChart.Create(Counts, order: ActorOrder.Strength);

        var names = ChartInspection.TickLabels(plot, plot.Axes.Bottom);
        var cells = plot.GetPlottables<Heatmap>().Single().Intensities;
        int At(string name) => names.ToList().IndexOf(name);
        Assert.Equal(4, cells[At("Burkina Faso"), At("Mali")]);
        Assert.Equal(4, cells[At("Mali"), At("Burkina Faso")]);
        Assert.Equal(3, cells[At("Burkina Faso"), At("Célestin Simporé")]);
        Assert.True(double.IsNaN(cells[At("Mali"), At("Mali")]));
    }

    [Fact]
    public void Create_KeepsTheStrongestActors_WhenTopIsN()
    {
        var plot = CooccurrenceHeatmapChart.Create(Counts, top: 4, order: ActorOrder.Strength);

        // Strength by articles, as the cells count: Burkina Faso, Mali and Niger share the most articles.
        var strongest = NetworkMeasures.Of(Counts, Period.All, new NetworkOptions { Weight = TieWeight.Documents }).Take(4).Select(r => r.Actor.Name);
        Assert.Equal(strongest, ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left));
        Assert.Equal(["Burkina Faso", "Mali", "Niger"], ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left).Take(3));
    }

    [Fact]
    public void Create_GroupsActorsByCommunity_ByDefault()
    {
        var plot = CooccurrenceHeatmapChart.Create(Counts);
        var community = NetworkMeasures.Of(Counts, Period.All, new NetworkOptions { Weight = TieWeight.Documents })
            .ToDictionary(r => r.Actor.Name, r => r.Community);

        var order = ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left).Select(name => community[name]).ToList();

        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Create_LeavesMeasuresBlank_ForPairsNeverTogether()
    {
        var plot = CooccurrenceHeatmapChart.Create(Counts, measure: TieMeasure.Npmi);

        var names = ChartInspection.TickLabels(plot, plot.Axes.Bottom).ToList();
        var cells = plot.GetPlottables<Heatmap>().Single().Intensities;
        // Mubarak Muganga (001) and Assimi Goïta (002–004) never share an article.
        Assert.True(double.IsNaN(cells[names.IndexOf("Mubarak Muganga"), names.IndexOf("Assimi Goïta")]));
    }

    [Fact]
    public void Create_SaysNoData_ForAPeriodWithoutArticles()
    {
        ChartInspection.AssertNoData(CooccurrenceHeatmapChart.Create(Counts, Period.Containing(new DateOnly(2020, 1, 1), PeriodUnit.Month)));
        ChartInspection.AssertNoData(CooccurrenceHeatmapChart.Create(ChartInspection.EmptyAnalysis.Counts));
    }
}
