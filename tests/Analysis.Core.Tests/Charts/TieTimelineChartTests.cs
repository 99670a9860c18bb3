using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Tests.Support;
using ScottPlot.Plottables;

namespace Analysis.Core.Tests.Charts;

public sealed class TieTimelineChartTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(12)]
    public void Create_DrawsOneRowPerTie_WhenTopIsN(int top)
    {
        var plot = TieTimelineChart.Create(SeedCooccurrence.Analysis.Counts, top);

        Assert.Equal(top, ChartInspection.TickLabels(plot, plot.Axes.Left).Count);
    }

    [Fact]
    public void Create_PutsTheTieWithTheMostStories_OnTop_WithAMarkPerPeriod()
    {
        var plot = TieTimelineChart.Create(SeedCooccurrence.Analysis.Counts, 3);

        // Burkina Faso and Simporé: three stories, one in each month with articles.
        Assert.Equal("Burkina Faso – Célestin Simporé", ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left)[0]);
        Assert.Equal(3, plot.GetPlottables<Marker>().Count(m => m.Y == 2));
        Assert.Equal(["2023-08", "2023-11", "2024-11"], ChartInspection.TickLabels(plot, plot.Axes.Bottom));
    }

    [Fact]
    public void Create_DrawsOnlyTheMostRecentPeriods_WhenThereAreMoreThanLastPeriods()
    {
        var plot = TieTimelineChart.Create(SeedCooccurrence.Analysis.Counts, 3, lastPeriods: 1);

        Assert.Equal(["2024-11"], ChartInspection.TickLabels(plot, plot.Axes.Bottom));
        Assert.StartsWith("Month (the last 1 of 3 with articles)", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        Assert.All(plot.GetPlottables<Marker>(), m => Assert.Equal(0, m.X));
    }

    [Fact]
    public void Create_SizesMarksByWeight()
    {
        var plot = TieTimelineChart.Create(SeedCooccurrence.Analysis.Counts, 3, weight: TieWeight.Documents);

        // By articles Burkina Faso and Mali lead (four); their November 2024 mark (three articles) is the largest.
        Assert.Equal("Burkina Faso – Mali", ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left)[0]);
        var marks = plot.GetPlottables<Marker>().Where(m => m.Y == 2).OrderBy(m => m.X).ToList();
        Assert.True(marks[^1].MarkerSize > marks[0].MarkerSize);
    }

    [Fact]
    public void Create_SaysNoData_WhenThereAreNoTies()
    {
        ChartInspection.AssertNoData(TieTimelineChart.Create(ChartInspection.EmptyAnalysis.Counts));
    }
}
