using System.Text.RegularExpressions;
using Analysis.Core.Charts;
using Analysis.Reporting.Fluent;
using ScottPlot;
using UglyToad.PdfPig;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>A chart is drawn into the page as vectors and text, in the embedded fonts, not pasted as a picture.</summary>
public sealed partial class FigureTests : IClassFixture<FigureTests.Chart>
{
    private readonly Chart _chart;

    public FigureTests(Chart chart)
    {
        _chart = chart;
    }

    [Fact]
    public void WritePdf_DrawsTheChartAsVectorsAndText_WhenAFigureIsAdded()
    {
        var page = Assert.Single(_chart.Pdf.GetPages());
        var words = page.GetWords().Select(w => w.Text).ToList();

        Assert.Empty(page.GetImages());
        Assert.Contains(Chart.TitleWord, words);
        Assert.Contains("Figure", words);
        Assert.Contains(Chart.CaptionWord, words);
    }

    [Fact]
    public void WritePdf_EmbedsTheChartsFonts_WhenTheChartUsesTheTheme()
    {
        var fonts = PdfFile.Fonts(_chart.Pdf);

        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(_chart.Pdf.GetPages().SelectMany(p => p.Letters), l => Assert.Matches(EmbeddedDejaVu(), l.FontName));
    }

    [Fact]
    public void WritePdf_WritesTheChartOnce_WhenAFigureIsAdded()
    {
        var words = _chart.Pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.Equal(1, words.Count(w => w == Chart.TitleWord));
    }

    [GeneratedRegex(@"^[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?$", RegexOptions.None, 1000)]
    private static partial Regex EmbeddedDejaVu();

    /// <summary>A one-page document holding a themed scatter chart under a paragraph.</summary>
    public sealed class Chart : IDisposable
    {
        public const string TitleWord = "Tombouctou";
        public const string CaptionWord = "incidents";

        public Chart()
        {
            var plot = new Plot();
            plot.Add.Scatter(new double[] { 1, 2, 3, 4 }, new double[] { 3, 5, 2, 6 });
            plot.Title($"Incidents autour de {TitleWord}");
            plot.XLabel("Semaine");
            ChartTheme.Apply(plot);
            var document = new DocumentBuilder(new DocumentSettings { Title = "Figure" });
            document.Content(c => c.Paragraph("Avant la figure.").Figure(plot, $"Nombre des {CaptionWord} par semaine.", "Source : ACLED"));
            Pdf = PdfDocument.Open(PdfFile.Write(document));
        }

        public PdfDocument Pdf { get; }

        public void Dispose() => Pdf.Dispose();
    }
}
