using System.Globalization;
using Analysis.Reporting.Pdf;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>The cover, the running header and footer, and the table of contents' page numbers and links.</summary>
public sealed class DocumentPagesTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private static readonly PageTemplate Template = PageTemplate.For(Analysis.Reporting.Fluent.PageSize.A4);

    [Fact]
    public void WritePdf_PrintsPageXOfYInTheFooter_WhenThePageIsNotTheCover()
    {
        var count = report.Pdf.NumberOfPages;

        Assert.True(count >= 8);
        foreach (var page in report.Pdf.GetPages().Skip(1))
        {
            var footer = PdfFile.Words(page).Where(w => PdfFile.Baseline(w) < page.Height - Template.Content.Bottom);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"page {page.Number} of {count}"), PdfFile.Text(footer));
        }
    }

    [Fact]
    public void WritePdf_PrintsTheRunningHeader_WhenThePageIsNotTheCover()
    {
        foreach (var page in report.Pdf.GetPages().Skip(1))
        {
            var header = PdfFile.Words(page).Where(w => PdfFile.Baseline(w) > page.Height - Template.Content.Top);
            Assert.Equal($"{ReportFixture.Title} {ReportFixture.Period}", PdfFile.Text(header));
        }
    }

    [Fact]
    public void WritePdf_PrintsNoHeaderOrFooter_WhenThePageIsTheCover()
    {
        var cover = report.Pdf.GetPage(1);

        var words = PdfFile.Words(cover);

        Assert.Equal("Couverture Édition d’essai", PdfFile.Text(words));
        Assert.All(words, w => Assert.InRange(PdfFile.Baseline(w), cover.Height - Template.Content.Bottom, cover.Height - Template.Content.Top));
    }

    [Fact]
    public void TableOfContents_PrintsThePageEachHeadingLandedOn_WhenThePdfIsRead()
    {
        var toc = Assert.Single(PdfFile.PagesWith(report.Pdf, "Sommaire"));
        var tocPage = report.Pdf.GetPage(toc);

        foreach (var (word, anchor) in report.Headings)
        {
            var landed = Assert.Single(PdfFile.PagesWith(report.Pdf, word), p => p != toc);
            Assert.Equal(landed, PrintedPage(tocPage, word));
            Assert.Equal(landed, report.Document.Pages[anchor]);
        }

        Assert.True(report.Headings.Select(h => report.Document.Pages[h.Anchor]).Distinct().Count() >= 3, "the headings should be spread over several pages");
    }

    [Fact]
    public void TableOfContents_LinksEachEntryToItsHeadingsPage_WhenThePdfIsRead()
    {
        var toc = Assert.Single(PdfFile.PagesWith(report.Pdf, "Sommaire"));
        var tocPage = report.Pdf.GetPage(toc);
        var links = tocPage.GetAnnotations().Where(a => a.Type == AnnotationType.Link && a.Action is GoToAction).ToList();

        Assert.Equal(report.Headings.Count, links.Count);
        foreach (var (word, _) in report.Headings)
        {
            var entry = Assert.Single(tocPage.GetWords(), w => w.Text == word);
            var centre = entry.BoundingBox.Centroid;
            var link = Assert.Single(links, l => l.Rectangle.Left <= centre.X && centre.X <= l.Rectangle.Right && l.Rectangle.Bottom <= centre.Y && centre.Y <= l.Rectangle.Top);
            var landed = Assert.Single(PdfFile.PagesWith(report.Pdf, word), p => p != toc);
            Assert.Equal(landed, ((GoToAction)link.Action!).Destination.PageNumber);
        }
    }

    [Fact]
    public void TableOfContents_PrintsThePageNumberOnTheEntrysBaseline_WhenThePdfIsRead()
    {
        var tocPage = report.Pdf.GetPage(Assert.Single(PdfFile.PagesWith(report.Pdf, "Sommaire")));

        foreach (var (word, _) in report.Headings)
        {
            var entry = Assert.Single(tocPage.GetWords(), w => w.Text == word);
            Assert.Equal(PdfFile.Baseline(entry), PdfFile.Baseline(PageNumberBeside(tocPage, entry)), 0.1);
        }
    }

    // The number printed at the right end of the entry's line.
    private static int PrintedPage(Page tocPage, string word)
    {
        var entry = Assert.Single(tocPage.GetWords(), w => w.Text == word);
        return int.Parse(PageNumberBeside(tocPage, entry).Text, CultureInfo.InvariantCulture);
    }

    private static Word PageNumberBeside(Page tocPage, Word entry) =>
        Assert.Single(
            tocPage.GetWords(),
            w => w.BoundingBox.Left > tocPage.Width / 2 && int.TryParse(w.Text, CultureInfo.InvariantCulture, out _) && Math.Abs(PdfFile.Baseline(w) - PdfFile.Baseline(entry)) < 3);
}
