using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Dates;

namespace Analysis.Core.Tests.Corpus.Dates;

public class DocumentDateFinderYearlessTests
{
    [Fact]
    public void Find_ResolvesYearlessDate_WhenAnotherDateGivesItsYear()
    {
        var (text, segments) = DocumentDateFinderTests.Document(
            (SegmentKind.Content, "Ce mercredi 6 mars, le président a reçu les chefs."),
            (SegmentKind.Content, "La réunion de février 2024 avait préparé le plan."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        // 6 March 2024 was a Wednesday.
        Assert.Equal("2024-03-06", date.Value.ToString());
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(DateOrigin.Content, date.Origin);
        Assert.Equal("Ce mercredi 6 mars", date.Evidence);
    }

    [Fact]
    public void Find_DoesNotResolveYearlessDate_WhenWeekdayContradictsYear()
    {
        var (text, segments) = DocumentDateFinderTests.Document(
            (SegmentKind.Content, "Ce lundi 6 mars, le président a reçu les chefs."),
            (SegmentKind.Content, "La réunion de février 2024 avait préparé le plan."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        // 6 March 2024 was a Wednesday, not a Monday: only the month-year is left.
        Assert.Equal("2024-02", date.Value.ToString());
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal("février 2024", date.Evidence);
    }

    [Fact]
    public void Find_DoesNotResolveYearlessDate_WhenTwoYearsArePlausible()
    {
        var (text, segments) = DocumentDateFinderTests.Document(
            (SegmentKind.Content, "Le 6 mars, le président a reçu les chefs, entre mars 2023 et avril 2024."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2023-03", date.Value.ToString());
        Assert.Equal(DatePrecision.Month, date.Precision);
    }

    [Fact]
    public void Find_UsesWeekdayToChooseYear_WhenTwoYearsAreWritten()
    {
        var (text, segments) = DocumentDateFinderTests.Document(
            (SegmentKind.Content, "Ce mercredi 6 mars, le président a reçu les chefs, entre mars 2023 et avril 2024."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        // 6 March 2023 was a Monday, 6 March 2024 a Wednesday.
        Assert.Equal("2024-03-06", date.Value.ToString());
    }

    [Fact]
    public void Find_DoesNotResolveYearlessDate_WhenOnlyBareYearIsWritten()
    {
        var (text, segments) = DocumentDateFinderTests.Document(
            (SegmentKind.Content, "Le 6 mars, le président a reçu les chefs. Depuis 2015, le Mali subit des attaques."));

        Assert.Equal(DocumentDate.None, DocumentDateFinder.Find(text, segments, null, "fr"));
    }

    [Fact]
    public void Find_ResolvesYearlessDateline_WhenContentGivesItsYear()
    {
        var (text, segments) = DocumentDateFinderTests.Document(
            (SegmentKind.Dateline, "Publié le mercredi 6 mars"),
            (SegmentKind.Content, "Le 2 mars 2024, une attaque a visé Gao."));

        var date = DocumentDateFinder.Find(text, segments, null, "fr");

        Assert.Equal("2024-03-06", date.Value.ToString());
        Assert.Equal(DateOrigin.Dateline, date.Origin);
        Assert.Equal("le mercredi 6 mars", date.Evidence);
    }
}
