using System.Text.RegularExpressions;
using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace Analysis.Core.Tests.Charts;

public sealed partial class ChartWordingTests
{
    private static readonly ChartWording French = ChartWording.French;

    private static CooccurrenceAnalysis Seeds => SeedCooccurrence.Analysis;

    [Theory]
    [InlineData(PeriodUnit.Month, 3, 3, 13, "Mois (3 avec des articles ; 13 mois sans article entre eux, non affichés)")]
    [InlineData(PeriodUnit.Year, 2, 2, 1, "Année (2 avec des articles ; 1 année sans article entre elles, non affichée)")]
    [InlineData(PeriodUnit.Week, 24, 24, 2, "Semaine (24 avec des articles ; 2 semaines sans article entre elles, non affichées)")]
    [InlineData(PeriodUnit.Quarter, 24, 30, 0, "Trimestre (les 24 derniers sur 30 avec des articles)")]
    [InlineData(PeriodUnit.Week, 24, 84, 0, "Semaine (les 24 dernières sur 84 avec des articles)")]
    [InlineData(PeriodUnit.Month, 1, 1200, 0, "Mois (le dernier sur 1\u202F200 avec des articles)")]
    public void PeriodCaption_AgreesWithTheUnitAndTheCount_WhenFrench(PeriodUnit unit, int shown, int withArticles, int missing, string expected)
    {
        Assert.Equal(expected, French.PeriodCaption(unit, shown, withArticles, missing));
    }

    [Fact]
    public void Count_GroupsThousandsTheLanguagesWay_WhenAboveAThousand()
    {
        // French groups digits with a narrow no-break space, English with a comma.
        Assert.Equal("12\u202F345", French.Count(12345));
        Assert.Equal("12,345", ChartWording.English.Count(12345));
        Assert.Equal("0,25", French.Number(0.25, 2));
    }

    [Fact]
    public void Count_HasEveryGlyphInTheChartsFont_WhenFrench()
    {
        // A separator the font lacked would be drawn as a replacement box in every French count past 999.
        var count = French.Count(1234567);

        Assert.Equal(count, ChartText.Label(count, 20));
    }

    [Fact]
    public void Create_DrawsNoEnglishWord_WhenTheWordingIsFrench()
    {
        var network = new NetworkChartOptions { ColorBy = NodeColoring.Community };
        Plot[] plots =
        [
            TopActorsChart.Create(Seeds.Actors.Actors, wording: French),
            ActorTimelineChart.Create(Seeds.Counts, wording: French),
            TieTimelineChart.Create(Seeds.Counts, wording: French),
            CooccurrenceHeatmapChart.Create(Seeds.Counts, wording: French),
            CooccurrenceHeatmapChart.Create(Seeds.Counts, measure: TieMeasure.LogLikelihood, order: ActorOrder.Name, wording: French),
            CooccurrenceHeatmapChart.Create(Seeds.Counts, window: CooccurrenceWindow.Sentence, measure: TieMeasure.Jaccard, order: ActorOrder.Strength, wording: French),
            TieTimelineChart.Create(Seeds.Counts, unit: PeriodUnit.Week, window: CooccurrenceWindow.Paragraph, weight: TieWeight.Documents, wording: French),
            ActorTimelineChart.Create(Seeds.Counts, unit: PeriodUnit.Quarter, wording: French),
            NetworkGraphChart.Create(Seeds.Counts, wording: French),
            NetworkGraphChart.Create(Seeds.Counts, options: network, wording: French),
            EgoNetworkChart.Create(Seeds, "Assimi Goïta", wording: French),
        ];

        foreach (var plot in plots)
        {
            var words = string.Join('\n', Words(plot));
            Assert.DoesNotMatch(EnglishWords(), words);
            Assert.Matches(@"\b(cités?|citant|liens?|acteurs|Qui)\b", words);
        }
    }

    [Fact]
    public void Create_NamesTypesAxisAndCountsInFrench_WhenTheWordingIsFrench()
    {
        var plot = TopActorsChart.Create(Seeds.Actors.Actors, wording: French);

        Assert.Equal("Acteurs les plus cités", plot.Axes.Title.Label.Text);
        Assert.Equal("Articles citant l’acteur", plot.Axes.Bottom.Label.Text);
        Assert.Equal(["Personne", "Organisation", "Pays", "Lieu"], plot.Legend.ManualItems.Select(i => i.LabelText));
    }

    [Fact]
    public void Create_GroupsTheDigitsOfLargeCounts_WhenTheWordingIsFrench()
    {
        var mali = new Actor { Id = "mali", Name = "Mali", Type = ActorType.Country };
        var summary = new ActorSummary(mali, string.Empty, 12345, 20000, PartialDate.OfYear(2024), PartialDate.OfYear(2024), ["Mali"]);

        var plot = TopActorsChart.Create([summary], wording: French);

        Assert.Equal("12\u202F345", ChartInspection.BarOf(plot, "Mali").ValueLabel);
        Assert.Equal("12,345", ChartInspection.BarOf(TopActorsChart.Create([summary]), "Mali").ValueLabel);
    }

    [Fact]
    public void Create_WritesTheScaleWithADecimalComma_WhenTheWordingIsFrench()
    {
        var plot = CooccurrenceHeatmapChart.Create(Seeds.Counts, measure: TieMeasure.Npmi, wording: French);
        plot.GetImage(800, 533);

        var bar = plot.Axes.GetPanels().OfType<ColorBar>().Single();
        var ticks = Assert.IsType<NumericManual>(bar.Axis.TickGenerator).Ticks.Select(t => t.Label);
        Assert.Equal(["−1", "−0,5", "0", "0,5", "1"], ticks);
        Assert.StartsWith("NPMI (−1 s’évitent", bar.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WritesSignedTicksWithTheLanguagesMarks_WhateverTheMachinesCulture()
    {
        var plot = CooccurrenceHeatmapChart.Create(Seeds.Counts, measure: TieMeasure.Pmi, wording: French);
        var bar = plot.Axes.GetPanels().OfType<ColorBar>().Single();

        var label = Assert.IsType<NumericAutomatic>(bar.Axis.TickGenerator).LabelFormatter;

        Assert.Equal("−0,5", label(-0.5));
        Assert.Equal("1\u202F500", label(1500));
    }

    [Fact]
    public void Create_SaysWhyTheNetworkIsEmpty_WhenTheWordingIsFrench()
    {
        var documents = new[] { "Le Mali a voté une loi.", "Le Niger a voté une loi." }
            .Select((text, i) => TestDocuments.Article(text, $"2024-03-0{i + 1}"));
        var analysis = CooccurrenceAnalysis.Run(ActorAnalysis.Run(documents));

        var plot = NetworkGraphChart.Create(analysis.Counts, Period.Parse("2024-03"), wording: French);

        Assert.Equal("Qui apparaît avec qui : 2024-03", plot.Axes.Title.Label.Text);
        Assert.Contains("Aucun lien en 2024-03 : 2 acteurs cités, jamais ensemble (fenêtre : l’article)", ChartInspection.Texts(plot));
    }

    [Fact]
    public void Create_SaysThereAreNoActors_WhenTheWordingIsFrench()
    {
        var plot = TopActorsChart.Create([], wording: French);

        Assert.Contains("Aucune donnée sur les acteurs", ChartInspection.Texts(plot));
    }

    [Theory]
    [InlineData("Assimi Goïta", "2024-03", "Aucune mention d’Assimi Goïta en 2024-03")]
    [InlineData("Ébonie", "2024-03-05", "Aucune mention d’Ébonie le 2024-03-05")]
    [InlineData("Bamako", "2024-W10", "Aucune mention de Bamako la semaine 2024-W10")]
    public void NotNamedIn_ElidesAndPlacesThePeriod_WhenFrench(string name, string period, string expected)
    {
        Assert.Equal(expected, French.NotNamedIn(name, Period.Parse(period)));
    }

    [Fact]
    public void Create_WritesTheEnglishCaptions_ByDefault()
    {
        var heatmap = CooccurrenceHeatmapChart.Create(Seeds.Counts);
        var network = NetworkGraphChart.Create(Seeds.Counts);

        Assert.Equal("Who is named with whom: all periods", heatmap.Axes.Title.Label.Text);
        Assert.Equal("The 20 strongest actors, named in the same article;\nby community (lines separate communities), then strength", heatmap.Axes.Bottom.Label.Text);
        Assert.Equal("Who appears with whom: all periods", network.Axes.Title.Label.Text);
        Assert.Equal("Ties: named in the same article; edge width: stories in common; node size: strength; 21 actors", network.Axes.Bottom.Label.Text);
    }

    // Everything a reader sees besides the actors' names: title, axis captions, legend and colour bar labels,
    // and the texts drawn in the data area (names of actors included, which no English word matches).
    private static IEnumerable<string> Words(Plot plot)
    {
        plot.GetImage(800, 533);
        yield return plot.Axes.Title.Label.Text;
        foreach (var axis in plot.Axes.GetAxes())
        {
            yield return axis.Label.Text;
        }

        foreach (var bar in plot.Axes.GetPanels().OfType<ColorBar>())
        {
            yield return bar.Label;
        }

        foreach (var item in plot.Legend.ManualItems)
        {
            yield return item.LabelText;
        }

        foreach (var text in ChartInspection.Texts(plot))
        {
            yield return text;
        }
    }

    [GeneratedRegex(@"\b(naming|named|with|Day|Week|Month|Quarter|Year|Period|Person|Organization|Country|Community|Ties|Pairs|strongest|strength|stories|sentences?|paragraphs?|articles in common|edge width|node size|between|all periods|the last|window|signed|by name|No data)\b")]
    private static partial Regex EnglishWords();
}
