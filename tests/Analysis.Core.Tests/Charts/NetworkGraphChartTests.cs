using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;
using TextPlottable = ScottPlot.Plottables.Text;

namespace Analysis.Core.Tests.Charts;

public sealed class NetworkGraphChartTests
{
    private static CooccurrenceCounts Counts => SeedCooccurrence.Analysis.Counts;

    [Fact]
    public void Create_SaysNoneAreTogether_WhenActorsAreNamedButNeverTogether()
    {
        // Mali and Niger in two articles of one month, never in the same one.
        var documents = new[] { "Le Mali a voté une loi.", "Le Niger a voté une loi." }
            .Select((text, i) => TestDocuments.Article(text, $"2024-03-0{i + 1}"));
        var analysis = CooccurrenceAnalysis.Run(ActorAnalysis.Run(documents));

        var plot = NetworkGraphChart.Create(analysis.Counts, Period.Parse("2024-03"));

        ChartInspection.AssertNoData(plot);
        Assert.Contains(ChartInspection.Texts(plot), t => t.Contains("2 actors named, none together", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_DrawsOneMarkerAndOneLabelPerNode()
    {
        var plot = NetworkGraphChart.Create(Counts);

        var actors = NetworkMeasures.Of(Counts, Period.All).Select(r => r.Actor.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(actors.Count, plot.GetPlottables<Marker>().Count());
        Assert.Equal(actors, ChartInspection.Texts(plot).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_DrawsOneLinePerTie()
    {
        var plot = NetworkGraphChart.Create(Counts);

        Assert.Equal(NetworkMeasures.Graph(Counts, Period.All).EdgeCount, plot.GetPlottables<LinePlot>().Count());
    }

    [Fact]
    public void Create_ColoursNodesByType_ByDefault()
    {
        var plot = NetworkGraphChart.Create(Counts);

        Assert.Equal(ChartInspection.CountryColor, ChartInspection.NodeOf(plot, "Burkina Faso").MarkerFillColor);
        Assert.Equal(ChartTheme.ColorOf(ActorType.Person), ChartInspection.NodeOf(plot, "Assimi Goïta").MarkerFillColor);
        Assert.Equal(ChartTheme.ColorOf(ActorType.Organization), ChartInspection.NodeOf(plot, "G5 Sahel").MarkerFillColor);
    }

    [Fact]
    public void Create_ColoursNodesByCommunity_WhenAsked()
    {
        var plot = NetworkGraphChart.Create(Counts, options: new NetworkChartOptions { ColorBy = NodeColoring.Community });

        foreach (var row in NetworkMeasures.Of(Counts, Period.All))
        {
            Assert.Equal(ChartTheme.CommunityColor(row.Community), ChartInspection.NodeOf(plot, row.Actor.Name).MarkerFillColor);
        }
    }

    [Fact]
    public void Create_SizesNodesByStrength()
    {
        var plot = NetworkGraphChart.Create(Counts);

        // Burkina Faso is the strongest actor of the whole corpus, the AES armed forces among the weakest.
        Assert.True(ChartInspection.NodeOf(plot, "Burkina Faso").MarkerSize > ChartInspection.NodeOf(plot, "Forces armées maliennes").MarkerSize);
    }

    [Fact]
    public void Create_KeepsTheStrongestNodes_WhenMaxNodesIsSmall()
    {
        var plot = NetworkGraphChart.Create(Counts, options: new NetworkChartOptions { MaxNodes = 3 });

        Assert.Equal(["Burkina Faso", "Célestin Simporé", "Mali"], ChartInspection.Texts(plot).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_GivesTheSameDrawing_Twice()
    {
        var first = NetworkGraphChart.Create(Counts).GetPlottables<Marker>().Select(m => (m.X, m.Y));
        var second = NetworkGraphChart.Create(Counts).GetPlottables<Marker>().Select(m => (m.X, m.Y));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("2023-11")]
    [InlineData("2024-11")]
    public void Render_PlacesLabelsWithoutOverlap_OnTheSeeds(string label)
    {
        var period = Counts.Periods.Single(p => p.Label == label);
        var plot = NetworkGraphChart.Create(Counts, period);

        plot.GetImage(1200, 800);

        var boxes = plot.GetPlottables<TextPlottable>().Select(t => Box(plot, t)).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].IntersectsWith(boxes[j]), $"{label}: labels {boxes[i]} and {boxes[j]} overlap");
            }
        }
    }

    [Fact]
    public void Create_SaysNoData_WhenThePeriodHasNoActors()
    {
        ChartInspection.AssertNoData(NetworkGraphChart.Create(ChartInspection.EmptyAnalysis.Counts));
        ChartInspection.AssertNoData(NetworkGraphChart.Create(Counts, Period.Containing(new DateOnly(2020, 1, 1), PeriodUnit.Month)));
    }

    [Fact]
    public void Create_Throws_OnBadOptions()
    {
        Assert.Throws<ArgumentNullException>(() => NetworkGraphChart.Create(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGraphChart.Create(Counts, options: new NetworkChartOptions { MaxNodes = 0 }));
    }

    // A label's box as drawn: its anchor's pixel plus the placer's offset, the size of its text in the
    // chart's font, one pixel in from each side so labels that just touch do not count as overlapping.
    private static SKRect Box(Plot plot, TextPlottable text)
    {
        var anchor = plot.GetPixel(text.Location);
        using var font = new SKFont(Fonts.GetTypeface(text.LabelStyle.FontName, text.LabelStyle.Bold, italic: false), text.LabelStyle.FontSize);
        var width = font.MeasureText(text.LabelText);
        var left = anchor.X + text.OffsetX;
        var top = anchor.Y + text.OffsetY;
        return new SKRect(left + 1, top + 1, left + width + 2, top + text.LabelStyle.FontSize + 2);
    }
}
