using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Dates;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Corpus.Dates;

public class DocumentDateFinderTests
{
    [Theory]
    [InlineData("2023-08-29 10:12:00", "2023-08-29")]
    [InlineData("2023-08-29T10:12:00+01:00", "2023-08-29")]
    [InlineData("2023-08-29T23:30:00-05:00", "2023-08-29")]
    [InlineData("2023-08-29T10:12:00.000Z", "2023-08-29")]
    [InlineData("2023-08-29", "2023-08-29")]
    [InlineData("2023-08", "2023-08")]
    public void Find_ReturnsMetadataDate_WhenMetadataParses(string metadata, string expected)
    {
        var (text, segments) = Document(
            (SegmentKind.Dateline, "Publié le 7 mars 2024"),
            (SegmentKind.Content, "Le 6 mars 2024, le président a reçu les chefs."));

        var date = DocumentDateFinder.Find(text, segments, metadata, "fr");

        Assert.Equal(expected, date.Value.ToString());
        Assert.Equal(DateOrigin.Metadata, date.Origin);
        Assert.Equal(metadata, date.Evidence);
        Assert.Null(date.Span);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("inconnu")]
    [InlineData("0000-00-00")]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-29 10:00:00")]
    [InlineData("1850-01-01")]
    [InlineData("2023-08-29 plus tard")]
    public void Find_FallsThroughToText_WhenMetadataDoesNotParse(string? metadata)
    {
        var (text, segments) = Document(
            (SegmentKind.Dateline, "Publié le 7 mars 2024"),
            (SegmentKind.Content, "Le 6 mars 2024, le président a reçu les chefs."));

        var date = DocumentDateFinder.Find(text, segments, metadata, "fr");

        Assert.Equal("2024-03-07", date.Value.ToString());
        Assert.Equal(DateOrigin.Dateline, date.Origin);
    }

    [Fact]
    public void Find_ReturnsFirstDatelineDate_WhenDatelineHasSeveral()
    {
        var (text, segments) = Document(
            (SegmentKind.Dateline, "Publié le 6 mars 2024 à 10h32 – Mis à jour le 7 mars 2024"),
            (SegmentKind.Content, "Le 2 mars 2024, une attaque a visé Gao."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2024-03-06", date.Value.ToString());
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(DateOrigin.Dateline, date.Origin);
        Assert.Equal("6 mars 2024", date.Evidence);
        Assert.Equal(new TextSpan(10, 11), date.Span);
    }

    [Fact]
    public void Find_KeepsDatelineMonth_WhenContentHasDayInsideThatMonth()
    {
        var (text, segments) = Document(
            (SegmentKind.Dateline, "date 2024-11"),
            (SegmentKind.Content, "Le mercredi 6 novembre 2024, le président a reçu les chefs."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2024-11", date.Value.ToString());
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(DateOrigin.Dateline, date.Origin);
        Assert.Equal("2024-11", date.Evidence);
    }

    [Fact]
    public void Find_StaysAtMonth_WhenDatelineGivesMonthAndContentOnlyWeekday()
    {
        // A dateline prefix and the prose on the same line, as some outlets print them.
        const string text = " date 2024-11 Le Mali, le Niger et le Burkina Faso. Ce mercredi, le président a reçu les chefs.";
        Segment[] segments =
        [
            new(new TextSpan(0, 13), SegmentKind.Dateline, "test"),
            new(new TextSpan(14, text.Length - 14), SegmentKind.Content, "test"),
        ];

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2024-11", date.Value.ToString());
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(DateOrigin.Dateline, date.Origin);
        Assert.Equal(new TextSpan(6, 7), date.Span);
    }

    [Fact]
    public void Find_ReturnsFirstFullContentDate_WhenNoMetadataOrDateline()
    {
        var (text, segments) = Document(
            (SegmentKind.Title, "COOPERATION MILITAIRE : le Burkina et Mali renforcent leur convergence"),
            (SegmentKind.Content, "Depuis 2015, puis en juillet 2023, les armées coopèrent."),
            (SegmentKind.Content, "L’équipe est arrivée à Bamako le mardi 29 août 2023. Le 07 novembre 2023, Shoigu a parlé."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2023-08-29", date.Value.ToString());
        Assert.Equal(DateOrigin.Content, date.Origin);
        Assert.Equal("le mardi 29 août 2023", date.Evidence);
        Assert.Equal("le mardi 29 août 2023", date.Span!.Value.Slice(text));
    }

    [Fact]
    public void Find_ReadsTitle_WhenTitleHoldsDate()
    {
        var (text, segments) = Document(
            (SegmentKind.Title, "Attaque du 12 janvier 2024 à Kidal"),
            (SegmentKind.Content, "Le 14 janvier 2024, l’armée a publié un bilan."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2024-01-12", date.Value.ToString());
        Assert.Equal(DateOrigin.Content, date.Origin);
    }

    [Fact]
    public void Find_ReturnsMonthPrecision_WhenContentHasOnlyMonthYear()
    {
        var (text, segments) = Document(
            (SegmentKind.Content, "Depuis 2015, le Mali subit des attaques. Le bilan de novembre 2023 est lourd."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2023-11", date.Value.ToString());
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal("novembre 2023", date.Evidence);
    }

    [Theory]
    [InlineData("Depuis 2015, le Mali subit des attaques. En 2012, le nord est tombé.")]
    [InlineData("Ce mercredi, le président a reçu les chefs d’état-major.")]
    [InlineData("Le Mali, le Niger et le Burkina Faso coopèrent.")]
    public void Find_ReturnsNone_WhenContentHasNoUsableDate(string content)
    {
        var (text, segments) = Document((SegmentKind.Content, content));

        Assert.Equal(DocumentDate.None, DocumentDateFinder.Find(text, segments, null, "fr"));
    }

    [Fact]
    public void Find_IgnoresBoilerplateDates_WhenDatingArticle()
    {
        var (text, segments) = Document(
            (SegmentKind.Boilerplate, "A LIRE AUSSI : Attaque à Kidal, 12 janvier 2024"),
            (SegmentKind.Content, "Ce mercredi 6 mars, le président a reçu les chefs."));

        // 6 March 2024 was a Wednesday, but 2024 is written only in a related-article link.
        Assert.Equal(DocumentDate.None, DocumentDateFinder.Find(text, segments, null, "fr"));
    }

    [Fact]
    public void Find_UsesTheDateOfTheByline_AsPublicationEvidence()
    {
        var (text, segments) = Document(
            (SegmentKind.Title, "Le président reçoit les chefs d'état-major"),
            (SegmentKind.Byline, "Par Mamadou COULYBALI, le 3 février 2024"),
            (SegmentKind.Content, "Le président a reçu les chefs d'état-major des armées."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal(("2024-02-03", DateOrigin.Dateline), (date.Value.ToString(), date.Origin));
    }

    [Fact]
    public void Find_RanksAHeaderDateAboveTheHeadlineBelowTheProse()
    {
        // A site header's date is often the day the page was scraped, not the day of the article.
        var (text, segments) = Document(
            (SegmentKind.Dateline, "mercredi, 6 novembre 2024"),
            (SegmentKind.Title, "Burkina : 12 VDP tués dans une embuscade près de Titao"),
            (SegmentKind.Content, "Douze volontaires ont été tués ce lundi 4 novembre 2024 près de Titao."));

        Assert.Equal("2024-11-04", DocumentDateFinder.Find(text, segments, null, "fr").Value.ToString());
    }

    [Fact]
    public void Find_ReturnsNone_WhenThereAreNoSegments()
    {
        Assert.Equal(DocumentDate.None, DocumentDateFinder.Find("Le 6 mars 2024, Gao.", [], null, "fr"));
    }

    [Fact]
    public void Find_ReadsEnglish_WhenLanguageIsEnglish()
    {
        var (text, segments) = Document(
            (SegmentKind.Content, "On Tuesday, August 29, 2023, the delegation arrived in Bamako."));

        var date = DocumentDateFinder.Find(text, segments, null, "en");

        Assert.Equal("2023-08-29", date.Value.ToString());
        Assert.Equal("Tuesday, August 29, 2023", date.Evidence);
    }

    /// <summary>Joins lines with line breaks and gives each line its own segment.</summary>
    internal static (string Text, Segment[] Segments) Document(params (SegmentKind Kind, string Line)[] lines)
    {
        var segments = new Segment[lines.Length];
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            segments[i] = new Segment(new TextSpan(start, lines[i].Line.Length), lines[i].Kind, "test");
            start += lines[i].Line.Length + 1;
        }

        return (string.Join('\n', lines.Select(l => l.Line)), segments);
    }
}
