using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Tests.Support;
using ScottPlot.Plottables;

namespace Analysis.Core.Tests.Charts;

public sealed class TopActorsChartTests
{
    private static IReadOnlyList<ActorSummary> Actors => SeedCooccurrence.Analysis.Actors.Actors;

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void Create_DrawsOneBarPerActor_WhenTopIsN(int top)
    {
        var plot = TopActorsChart.Create(Actors, top);

        Assert.Equal(top, plot.GetPlottables<BarPlot>().Sum(b => b.Bars.Count));
        Assert.Equal(top, ChartInspection.TickLabels(plot, plot.Axes.Left).Count);
    }

    [Fact]
    public void Create_PutsTheMostReportedActorAtTheTop()
    {
        var plot = TopActorsChart.Create(Actors, 3);

        Assert.Equal(["Burkina Faso", "Mali", "Niger"], ChartInspection.TickLabelsTopDown(plot, plot.Axes.Left));
        Assert.Equal(5, ChartInspection.BarOf(plot, "Burkina Faso").Value);
    }

    [Fact]
    public void Create_ColoursEachBar_WithItsTypeColour()
    {
        var plot = TopActorsChart.Create(Actors, 15);

        Assert.Equal(ChartInspection.CountryColor, ChartInspection.BarOf(plot, "Burkina Faso").FillColor);
        Assert.Equal(ChartTheme.ColorOf(ActorType.Person), ChartInspection.BarOf(plot, "Célestin Simporé").FillColor);
        Assert.Equal(ChartTheme.ColorOf(ActorType.Place), ChartInspection.BarOf(plot, "Bamako").FillColor);
    }

    [Fact]
    public void Create_KeepsOnlyTheTypesAsked()
    {
        var plot = TopActorsChart.Create(Actors, 20, new HashSet<ActorType> { ActorType.Person });

        Assert.Contains("Assimi Goïta", ChartInspection.TickLabels(plot, plot.Axes.Left));
        Assert.DoesNotContain("Burkina Faso", ChartInspection.TickLabels(plot, plot.Axes.Left));
    }

    [Fact]
    public void Create_SaysNoData_WhenThereAreNoActors()
    {
        ChartInspection.AssertNoData(TopActorsChart.Create([]));
        ChartInspection.AssertNoData(TopActorsChart.Create(Actors, types: new HashSet<ActorType>()));
    }

    [Fact]
    public void Create_UsesTheTitleGiven()
    {
        Assert.Equal("Acteurs les plus cités", TopActorsChart.Create(Actors, title: "Acteurs les plus cités").Axes.Title.Label.Text);
        Assert.Equal(TopActorsChart.DefaultTitle, TopActorsChart.Create(Actors).Axes.Title.Label.Text);
    }

    [Fact]
    public void Create_Throws_OnBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => TopActorsChart.Create(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopActorsChart.Create(Actors, 0));
    }
}
