using System.Text.RegularExpressions;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>The PDF's text can be searched and copied as written, in fonts the file carries itself.</summary>
public sealed partial class DocumentTextTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    [Theory]
    [InlineData(ReportFixture.Accents)]
    [InlineData(ReportFixture.Punctuation)]
    public void WritePdf_KeepsFrenchTextIntact_WhenThePdfIsRead(string sentence)
    {
        var text = string.Join(' ', report.Pdf.GetPages().Select(p => PdfFile.Text(PdfFile.Words(p))));

        Assert.Contains(PdfFile.Plain(sentence), text, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePdf_WritesNoBreakSpacesBeforePunctuation_WhenFrenchTypographyIsOn()
    {
        var letters = report.Pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).ToList();

        Assert.Contains("\u00A0", letters);
        Assert.Contains("\u202F", letters);
    }

    [Fact]
    public void WritePdf_EmbedsEveryFont_WhenTheDocumentIsWritten()
    {
        var fonts = PdfFile.Fonts(report.Pdf);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(fonts, f => Assert.Matches(EmbeddedDejaVu(), f.Name));
        Assert.All(report.Pdf.GetPages().SelectMany(p => p.Letters), l => Assert.Matches(EmbeddedDejaVu(), l.FontName));
    }

    [Fact]
    public void WritePdf_MakesAUriLinkAnnotation_WhenTextBuilderLinkIsUsed()
    {
        var annotations = report.Pdf.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Action is UriAction).ToList();
        var hyperlinks = report.Pdf.GetPages().SelectMany(p => p.GetHyperlinks()).ToList();

        var annotation = Assert.Single(annotations);
        Assert.Equal(AnnotationType.Link, annotation.Type);
        Assert.Equal(ReportFixture.Link.AbsoluteUri, ((UriAction)annotation.Action!).Uri);
        var hyperlink = Assert.Single(hyperlinks);
        Assert.Equal(("ACLED", ReportFixture.Link.AbsoluteUri), (hyperlink.Text, hyperlink.Uri));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void WritePdf_MakesNoLink_WhenTheAddressIsNeitherWebNorMail(string address)
    {
        var document = new Analysis.Reporting.Fluent.DocumentBuilder(new Analysis.Reporting.Fluent.DocumentSettings());
        document.Content(c => c.Paragraph(t => t.Text("Source ").Link("article", new Uri(address)).Text(".")));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfFile.Write(document));

        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.GetAnnotations()), a => a.Action is UriAction);
        Assert.StartsWith("Source article.", PdfFile.Text(PdfFile.Words(pdf.GetPage(1))), StringComparison.Ordinal);
    }

    [Fact]
    public void WritePdf_MakesAMailLink_WhenTheAddressIsMailto()
    {
        var document = new Analysis.Reporting.Fluent.DocumentBuilder(new Analysis.Reporting.Fluent.DocumentSettings());
        document.Content(c => c.Paragraph(t => t.Link("rédaction", new Uri("mailto:redaction@example.org"))));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfFile.Write(document));

        var annotation = Assert.Single(pdf.GetPages().SelectMany(p => p.GetAnnotations()), a => a.Action is UriAction);
        Assert.Equal("mailto:redaction@example.org", ((UriAction)annotation.Action!).Uri);
    }

    // A subset tag, then one of the four embedded DejaVu Sans faces.
    [GeneratedRegex(@"^[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?$", RegexOptions.None, 1000)]
    private static partial Regex EmbeddedDejaVu();
}
