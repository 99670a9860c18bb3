using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Tests.Charts;

/// <summary>Every chart, drawn for actors whose names an article could have given them.</summary>
public sealed class HostileNameChartTests
{
    // YAML's escapes give the names their NUL, ESC, BEL, U+FFFE, U+202E, line feed and tab.
    private static readonly string Yaml = """
        actors:
          - {id: a, name: "Ligne\nDeux\tTab", type: person, aliases: [Alphonse Kaboré]}
          - {id: b, name: "Emoji 😀 👨‍👩‍👧 🇫🇷 中文", type: person, aliases: [Bertrand Ouédraogo]}
          - {id: c, name: "photo \u202Egnp.exe\u202C x", type: organization, aliases: [Conseil Sahel]}
          - {id: d, name: "Nul\0Esc\e Bel\a \uFFFE", type: country, aliases: [Dioula]}
          - {id: e, name: "zalgo é\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 مرحبا", type: person, aliases: [Fatoumata Diallo]}
        """ + "\n  - {id: f, name: \"Long " + new string('x', 3000) + "\", type: organization, aliases: [Entente]}\n";

    private static readonly Lazy<CooccurrenceAnalysis> Hostile = new(() =>
    {
        var dictionary = ActorDictionary.Parse(Yaml, "hostile.yaml");
        var documents = Enumerable.Range(1, 3).Select(month => TestDocuments.Article(
            "Alphonse Kaboré a reçu Bertrand Ouédraogo, le Conseil Sahel, Dioula, Entente et Fatoumata Diallo.",
            string.Create(CultureInfo.InvariantCulture, $"2024-0{month}-05")));
        return CooccurrenceAnalysis.Run(ActorAnalysis.Run(documents, dictionary));
    });

    public static TheoryData<string> Charts => ["top actors", "actor timeline", "heatmap", "network", "tie timeline", "ego network"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void Create_RendersAPngAValidSvgAndAPdfPage_WhenActorNamesAreHostile(string chart)
    {
        var plot = Create(chart);

        Assert.Equal(0x89, plot.GetImageBytes(800, 500, ImageFormat.Png)[0]);
        Assert.Equal("svg", XDocument.Parse(plot.GetSvgXml(800, 500)).Root!.Name.LocalName);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            ChartExport.Draw(plot, document.BeginPage(595, 842), new SKRect(40, 60, 555, 400));
            document.EndPage();
            document.Close();
        }

        Assert.True(stream.Length > 1000);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Create_DrawsEveryNameOnOneVisibleLine_WhenActorNamesAreHostile(string chart)
    {
        var plot = Create(chart);
        plot.GetImage(800, 500);

        var labels = Labels(plot).Where(l => l.Length > 0).ToList();

        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.DoesNotContain(l.EnumerateRunes(), r => Rune.IsControl(r) || r.Value is 0x202E or 0x202C or 0xFFFE));
        Assert.All(labels, l => Assert.True(new StringInfo(l).LengthInTextElements <= 100, $"a label of {l.Length} characters is not shortened"));
        Assert.Contains(labels, l => l.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ligne\nDeux\tTab\r\nTrois", 32, "Ligne Deux Tab Trois")]
    [InlineData("photo \u202Egnp.exe\u202C", 32, "photo gnp.exe")]
    [InlineData("nul\0 esc\u001B \uFFFE", 32, "nul\uFFFD esc\uFFFD \uFFFD")]
    [InlineData("中文 👨‍👩‍👧 🇫🇷 😀", 32, "\uFFFD\uFFFD \uFFFD \uFFFD 😀")]
    [InlineData("Célestin Simporé مرحبا", 32, "Célestin Simporé مرحبا")]
    [InlineData("Alliance des États du Sahel", 10, "Alliance…")]
    [InlineData("abcdefgh😀😀", 10, "abcdefgh😀😀")]
    [InlineData("abcdefgh😀😀😀", 10, "abcdefgh😀…")]
    [InlineData("abcdefgé\u0301\u0301xyz", 10, "abcdefgé\u0301\u0301x…")]
    public void Shorten_GivesADrawableLineCutBetweenCharacters_WhenTheNameComesFromAnArticle(string name, int max, string shown)
    {
        Assert.Equal(shown, ChartParts.Shorten(name, max));
    }

    [Fact]
    public void Shorten_ShowsAReplacementMark_WhenTheNameHoldsHalfASurrogatePair()
    {
        Assert.Equal("a\uFFFDb\uFFFD", ChartParts.Shorten("a\uD83Db\uDE00"));
    }

    private static Plot Create(string chart)
    {
        var analysis = Hostile.Value;
        return chart switch
        {
            "top actors" => TopActorsChart.Create(analysis.Actors.Actors),
            "actor timeline" => ActorTimelineChart.Create(analysis.Counts),
            "heatmap" => CooccurrenceHeatmapChart.Create(analysis.Counts, Period.All),
            "network" => NetworkGraphChart.Create(analysis.Counts),
            "tie timeline" => TieTimelineChart.Create(analysis.Counts),
            _ => EgoNetworkChart.Create(analysis, "a"),
        };
    }

    // What a chart writes: titles, texts, legend entries and tick labels.
    private static IEnumerable<string> Labels(Plot plot) =>
        ChartInspection.Texts(plot)
            .Concat(plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText))
            .Concat(plot.Axes.GetAxes().SelectMany(a => a.TickGenerator.Ticks).Select(t => t.Label))
            .Append(plot.Axes.Title.Label.Text);
}
