using System.Text.RegularExpressions;
using Analysis.Reporting.Fluent;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>Content that runs over several pages comes back whole, once and in order.</summary>
public sealed partial class DocumentFlowTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    [Fact]
    public void WritePdf_KeepsEveryWordOfAParagraphOnceAndInOrder_WhenTheParagraphRunsOverSeveralPages()
    {
        var words = report.Pdf.GetPages().SelectMany(PdfFile.Words).Select(w => w.Text).Where(w => ParagraphWord().IsMatch(w)).ToList();

        Assert.Equal(Enumerable.Range(1, ReportFixture.ParagraphWords).Select(ReportFixture.Word), words);
        Assert.True(PagesWhere(ParagraphWord()).Count >= 3, "the paragraph should span at least three pages");
    }

    [Fact]
    public void WritePdf_RepeatsTheTableHeaderAtTheTopOfEveryPage_WhenTheTableSpansPages()
    {
        var pagesWithRows = PagesWhere(CellWord());
        var pagesWithHeader = PagesWhere(HeaderWord());

        Assert.True(pagesWithRows.Count >= 3, "the table should span at least three pages");
        Assert.Equal(pagesWithRows, pagesWithHeader);
        foreach (var page in pagesWithRows.Select(report.Pdf.GetPage))
        {
            var words = PdfFile.Words(page);
            var header = words.Where(w => HeaderWord().IsMatch(w.Text)).ToList();
            Assert.Equal(ReportFixture.TableHeader, header.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            Assert.Single(header.Select(w => Math.Round(PdfFile.Baseline(w))).Distinct());
            Assert.True(PdfFile.Baseline(header[0]) > words.Where(w => CellWord().IsMatch(w.Text)).Max(w => w.BoundingBox.Top), $"page {page.Number}: a row sits above the header");
        }
    }

    [Fact]
    public void WritePdf_KeepsEachTableRowWholeOnOnePage_WhenTheTableSpansPages()
    {
        var cells = report.Pdf.GetPages()
            .SelectMany(p => PdfFile.Words(p).Where(w => CellWord().IsMatch(w.Text)).Select(w => (Page: p.Number, Word: w)))
            .ToList();

        Assert.Equal(ReportFixture.TableRows * 3, cells.Count);
        Assert.Equal(
            Enumerable.Range(1, ReportFixture.TableRows).SelectMany(i => "abc".Select(c => ReportFixture.Cell(i, c))),
            cells.Select(c => c.Word.Text));
        foreach (var row in cells.Chunk(3))
        {
            Assert.Single(row.Select(c => c.Page).Distinct());
            Assert.Single(row.Select(c => Math.Round(PdfFile.Baseline(c.Word), 1)).Distinct());
        }
    }

    [Fact]
    public void WritePdf_KeepsEveryWordOfACellOnce_WhenTheCellIsTallerThanAPage()
    {
        const int count = 700;
        var text = string.Join(' ', Enumerable.Range(1, count).Select(ReportFixture.Word));
        var document = new DocumentBuilder(new DocumentSettings { Title = "Cellule" });
        document.Content(c => c.Table(t => t.Column(3f).Column(1f).Header("Texte", "Note").Row(text, "longue").Row("dernière", "ligne")));

        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        var words = pdf.GetPages().SelectMany(PdfFile.Words).Select(w => w.Text).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(ReportFixture.Word), words.Where(w => ParagraphWord().IsMatch(w)));
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.Equal(pdf.NumberOfPages, words.Count(w => w == "Texte"));
        Assert.Equal(["dernière", "ligne"], words.SkipWhile(w => w != "dernière").Take(2));
    }

    private List<int> PagesWhere(Regex word) =>
        [.. report.Pdf.GetPages().Where(p => p.GetWords().Any(w => word.IsMatch(w.Text))).Select(p => p.Number)];

    [GeneratedRegex(@"^mot\d{4}$", RegexOptions.None, 1000)]
    private static partial Regex ParagraphWord();

    [GeneratedRegex(@"^r\d{3}[abc]$", RegexOptions.None, 1000)]
    private static partial Regex CellWord();

    [GeneratedRegex("^(Date|Acteur|Lieu)$", RegexOptions.None, 1000)]
    private static partial Regex HeaderWord();
}
