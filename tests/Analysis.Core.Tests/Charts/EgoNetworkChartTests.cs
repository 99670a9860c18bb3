using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;
using ScottPlot.Plottables;
using TextPlottable = ScottPlot.Plottables.Text;

namespace Analysis.Core.Tests.Charts;

public sealed class EgoNetworkChartTests
{
    [Fact]
    public void Create_DrawsTheFocusAndItsNeighbours_Only()
    {
        var plot = EgoNetworkChart.Create(SeedCooccurrence.Analysis, "Assimi Goita");

        var names = ChartInspection.Texts(plot);
        Assert.Contains("Assimi Goïta", names);
        Assert.Contains("Moussa Salaou Barmou", names);
        // Goïta is named only in the November 2024 reports; the Kigali visit's actors are not his neighbours.
        Assert.DoesNotContain("Mubarak Muganga", names);
        Assert.Equal(names.Count, plot.GetPlottables<Marker>().Count());
    }

    [Fact]
    public void Create_HighlightsTheFocus()
    {
        var plot = EgoNetworkChart.Create(SeedCooccurrence.Analysis, "assimi-goita");

        var focus = ChartInspection.NodeOf(plot, "Assimi Goïta");
        var other = ChartInspection.NodeOf(plot, "Mali");
        Assert.True(focus.MarkerStyle.OutlineWidth > other.MarkerStyle.OutlineWidth);
        Assert.True(plot.GetPlottables<TextPlottable>().Single(t => t.LabelText == "Assimi Goïta").LabelStyle.Bold);
        Assert.Equal(ChartInspection.CountryColor, ChartInspection.NodeOf(plot, "Burkina Faso").MarkerFillColor);
    }

    [Fact]
    public void Create_SaysNoData_WhenTheFocusIsNotNamedInThePeriod()
    {
        var august = Period.Containing(new DateOnly(2023, 8, 1), PeriodUnit.Month);

        ChartInspection.AssertNoData(EgoNetworkChart.Create(SeedCooccurrence.Analysis, "Assimi Goïta", august));
    }

    [Fact]
    public void Create_Throws_WhenTheActorIsUnknown()
    {
        Assert.Throws<ArgumentException>(() => EgoNetworkChart.Create(SeedCooccurrence.Analysis, "Nobody Known"));
        Assert.Throws<ArgumentException>(() => EgoNetworkChart.Create(SeedCooccurrence.Analysis, " "));
    }
}
