using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;
using ScottPlot.Plottables;

namespace Analysis.Core.Tests.Charts;

public sealed class ActorTimelineChartTests
{
    [Fact]
    public void Create_DrawsOneSeriesPerActor_WhenTopIsN()
    {
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts, top: 5);

        var series = plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(5, series.Count);
        Assert.Equal(["Burkina Faso", "Mali", "Niger", "Alliance des États du Sahel", "Assimi Goïta"], series.Select(s => s.LegendText));
    }

    [Fact]
    public void Create_LabelsTheMonthsWithArticles_InOrder()
    {
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts);

        Assert.Equal(["2023-08", "2023-11", "2024-11"], ChartInspection.TickLabels(plot, plot.Axes.Bottom));
        Assert.Contains("13 months without articles", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DrawsOnlyTheMostRecentPeriods_WhenThereAreMoreThanLastPeriods()
    {
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts, lastPeriods: 2);

        Assert.Equal(["2023-11", "2024-11"], ChartInspection.TickLabels(plot, plot.Axes.Bottom));
        Assert.Equal("Month (the last 2 of 3 with articles; 11 months without articles between them not shown)", plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void Create_PicksTheActorsOfTheShownPeriods()
    {
        // Over all three months Burkina Faso leads (five articles); November 2024 alone has six actors in
        // three articles each (002–004), of which the Alliance des États du Sahel comes first by name.
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts, top: 1, lastPeriods: 1);

        var series = Assert.Single(plot.GetPlottables<BarPlot>());
        Assert.Equal("Alliance des États du Sahel", series.LegendText);
        Assert.Equal([3.0], series.Bars.Select(b => b.Value));
    }

    [Fact]
    public void Create_CountsTheArticlesOfEachPeriod()
    {
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts, top: 1);

        // Burkina Faso: 000 in August 2023, 001 in November 2023, 002–004 in November 2024.
        Assert.Equal([1.0, 1.0, 3.0], plot.GetPlottables<BarPlot>().Single().Bars.Select(b => b.Value));
    }

    [Fact]
    public void Create_GivesEachActorItsOwnColour()
    {
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts);

        var colours = plot.GetPlottables<BarPlot>().Select(s => s.Bars[0].FillColor).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
    }

    [Fact]
    public void Create_SaysNoData_WhenNothingIsDatedAtThatUnit()
    {
        ChartInspection.AssertNoData(ActorTimelineChart.Create(ChartInspection.EmptyAnalysis.Counts));
    }

    [Fact]
    public void Create_ShadesEachActorInItsTypesColour()
    {
        var plot = ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts);
        var colours = plot.GetPlottables<BarPlot>().ToDictionary(s => s.LegendText, s => s.Bars[0].FillColor);

        // Burkina Faso, the first country, has the country colour itself; Mali, the second, a shade of it.
        Assert.Equal(ChartTheme.ColorOf(ActorType.Country), colours["Burkina Faso"]);
        Assert.Equal(ChartTheme.ShadeOf(ActorType.Country, 1), colours["Mali"]);
        Assert.Equal(ChartTheme.ColorOf(ActorType.Person), colours[colours.Keys.First(k => k is "Assimi Goïta" or "Célestin Simporé")]);
    }

    [Fact]
    public void Create_Throws_WhenMoreActorsAreAskedThanABarGroupCanShow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ActorTimelineChart.Create(SeedCooccurrence.Analysis.Counts, 11));
        Assert.Throws<ArgumentNullException>(() => ActorTimelineChart.Create(null!, unit: PeriodUnit.Year));
    }
}
