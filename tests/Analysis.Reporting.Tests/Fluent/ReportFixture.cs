using System.Globalization;
using Analysis.Reporting.Fluent;
using UglyToad.PdfPig;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>
/// One briefing-like document, written once and read back once for every test of a class: a cover, a table
/// of contents, an accented paragraph with a link, a paragraph over several pages, a 120-row table and a
/// closing section. Words that tests look for occur nowhere else in it.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public const string Title = "Bulletin Sahel";
    public const string Period = "Période 2024";
    public const string Accents = "Célestin Simporé, Assimi Goïta, général, « coopération », l’État, Ouagadougou – Bamako";
    public const string Punctuation = "Question : quoi ? Réponse ; oui !";
    public const int ParagraphWords = 1500;
    public const int TableRows = 120;
    public static readonly Uri Link = new("https://acleddata.com/data/");
    public static readonly string[] TableHeader = ["Date", "Acteur", "Lieu"];

    public ReportFixture()
    {
        var document = new DocumentBuilder(new DocumentSettings
        {
            Title = Title,
            HeaderRight = Period,
            FrenchTypography = true,
            Created = new DateTimeOffset(2024, 6, 11, 9, 30, 0, TimeSpan.Zero),
        });
        document.Cover(c => c.Title("Couverture").Paragraph("Édition d’essai"));
        var headings = new List<(string Word, string Anchor)>();
        document.Content(c =>
        {
            c.TableOfContents("Sommaire").PageBreak();
            headings.Add(("Overview", c.Heading("Overview")));
            c.Paragraph(Accents);
            c.Paragraph(Punctuation);
            c.Paragraph(t => t.Text("Source ").Link("ACLED", Link).Text(" en ligne."));
            headings.Add(("Narrative", c.Heading("Narrative")));
            c.Paragraph(string.Join(' ', Enumerable.Range(1, ParagraphWords).Select(Word)));
            headings.Add(("Events", c.Heading("Events")));
            c.Paragraph("Les faits, ligne par ligne.");
            headings.Add(("Ledger", c.Heading("Ledger", level: 2)));
            c.Table(t =>
            {
                t.Column(1f).Column(2f).Column(2f).Header(TableHeader);
                for (var i = 1; i <= TableRows; i++)
                {
                    t.Row(Cell(i, 'a'), Cell(i, 'b'), Cell(i, 'c'));
                }
            });
            headings.Add(("Closing", c.Heading("Closing")));
            c.Paragraph("Fin.");
        });
        Bytes = PdfFile.Write(document);
        Document = document;
        Headings = headings;
        Pdf = PdfDocument.Open(Bytes);
    }

    public byte[] Bytes { get; }

    public DocumentBuilder Document { get; }

    /// <summary>Each heading's one-word text (it appears on its page and in the table of contents only) and its destination.</summary>
    public IReadOnlyList<(string Word, string Anchor)> Headings { get; }

    public PdfDocument Pdf { get; }

    public static string Word(int index) => string.Create(CultureInfo.InvariantCulture, $"mot{index:0000}");

    public static string Cell(int row, char column) => string.Create(CultureInfo.InvariantCulture, $"r{row:000}{column}");

    public void Dispose() => Pdf.Dispose();
}
