using Analysis.Reporting.Fluent;
using UglyToad.PdfPig;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>The file itself: reproducible bytes, the metadata a viewer shows, the paper size.</summary>
public sealed class DocumentOutputTests
{
    private static readonly DateTimeOffset Created = new(2024, 6, 11, 9, 30, 15, TimeSpan.FromHours(2));

    [Fact]
    public void WritePdf_WritesIdenticalBytes_WhenContentAndCreationDateAreTheSame()
    {
        var first = PdfFile.Write(Sample(new DocumentSettings { Title = "Bulletin", Created = Created }));
        var second = PdfFile.Write(Sample(new DocumentSettings { Title = "Bulletin", Created = Created }));

        Assert.Equal(first, second);
    }

    [Fact]
    public void WritePdf_WritesDifferentBytes_WhenTheCreationDateDiffers()
    {
        var first = PdfFile.Write(Sample(new DocumentSettings { Title = "Bulletin", Created = Created }));
        var second = PdfFile.Write(Sample(new DocumentSettings { Title = "Bulletin", Created = Created.AddDays(1) }));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void WritePdf_WritesTheMetadata_WhenTheSettingsGiveIt()
    {
        var settings = new DocumentSettings
        {
            Title = "Bulletin Sahel",
            Author = "Cellule d’analyse",
            Subject = "Acteurs et co-occurrences",
            Keywords = "Sahel, Mali, Burkina Faso",
            Creator = "briefing 1.0",
            Created = Created,
        };

        using var pdf = PdfDocument.Open(PdfFile.Write(Sample(settings)));

        var info = pdf.Information;
        Assert.Equal(
            (settings.Title, settings.Author, settings.Subject, settings.Keywords, settings.Creator),
            (info.Title, info.Author, info.Subject, info.Keywords, info.Creator));
        Assert.Equal(settings.Created, info.GetCreatedDateTimeOffset());
    }

    [Theory]
    [InlineData(PageSize.A4, 595, 842)]
    [InlineData(PageSize.Letter, 612, 792)]
    public void WritePdf_SizesEveryPageForThePaper_WhenAPageSizeIsChosen(PageSize size, int width, int height)
    {
        var document = Sample(new DocumentSettings { PageSize = size });
        document.Content(c => c.PageBreak().Paragraph("Deuxième page."));

        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((width, height), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
    }

    private static DocumentBuilder Sample(DocumentSettings settings)
    {
        var document = new DocumentBuilder(settings);
        document.Content(c =>
        {
            c.Heading("Constats");
            c.Paragraph(t => t.Bold("Assimi Goïta").Text(" reste l’acteur le plus cité."));
            c.Table(t => t.Column(2f).Column(1f, CellAlignment.Right).Header("Acteur", "Mentions").Row("Goïta", "42").Row("Traoré", "17"));
        });
        return document;
    }
}
