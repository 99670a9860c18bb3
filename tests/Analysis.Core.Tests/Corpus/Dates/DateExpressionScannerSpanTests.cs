using Analysis.Core.Corpus.Dates;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Corpus.Dates;

public class DateExpressionScannerSpanTests
{
    [Fact]
    public void Scan_PointsIntoFullText_WhenSearchingInsideSpan()
    {
        // "Lire aussi : 12 janvier 2023" is 28 characters, then a line break: the second line starts at 29.
        const string text = "Lire aussi : 12 janvier 2023\nLe 6 mars 2024, Gao.";
        var mention = Assert.Single(DateExpressionScanner.Scan(text, new TextSpan(29, 20), "fr"));

        Assert.Equal(new TextSpan(32, 11), mention.Span);
        Assert.Equal("6 mars 2024", mention.Text);
        Assert.Equal("6 mars 2024", text[32..43]);
    }

    [Fact]
    public void Scan_KeepsOriginalCharacters_WhenTextHasAccents()
    {
        const string text = "Le 6 février 2024 à Ménaka";
        var mention = Assert.Single(ScanHelper.ScanAll(text, "fr"));

        Assert.Equal(new TextSpan(3, 14), mention.Span);
        Assert.Equal("6 février 2024", mention.Text);
    }

    [Fact]
    public void Scan_ReturnsMentionsInOrder_WhenTextHoldsSeveralForms()
    {
        const string text = "Le 29 août 2023, puis en novembre 2023, mis à jour le 2023-11-30, comme depuis 2015.";
        var mentions = ScanHelper.ScanAll(text, "fr");

        Assert.Equal(["29 août 2023", "novembre 2023", "2023-11-30", "2015"], mentions.Select(m => m.Text));
        Assert.Equal(
            [DateForm.DayMonthYear, DateForm.MonthYear, DateForm.IsoDate, DateForm.YearOnly],
            mentions.Select(m => m.Form));
        Assert.Equal([3, 25, 54, 79], mentions.Select(m => m.Span.Start));
    }

    [Fact]
    public void Scan_ReturnsOneMention_WhenShorterFormsLieInsideLongerOne()
    {
        var mention = Assert.Single(ScanHelper.ScanAll("le mardi 29 août 2023", "fr"));

        Assert.Equal(new TextSpan(0, 21), mention.Span);
    }

    [Fact]
    public void Scan_IgnoresTextOutsideSpan_WhenDateCrossesSpanEdge()
    {
        const string text = "le 29 août 2023";

        // Only "29 août" lies inside: a year-less date, since the year is outside the span.
        var mention = Assert.Single(DateExpressionScanner.Scan(text, new TextSpan(0, 10), "fr"));

        Assert.Equal("29 août", mention.Text);
        Assert.Null(mention.Year);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0, 99)]
    [InlineData(5, -1)]
    public void Scan_Throws_WhenSpanLiesOutsideText(int start, int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DateExpressionScanner.Scan("le 6 mars", new TextSpan(start, length), "fr"));
    }

    [Theory]
    [InlineData("le 29 août 2023", "2023-08-29")]
    [InlineData("novembre 2023", "2023-11")]
    [InlineData("en 2015", "2015")]
    [InlineData("le 6 mars", "")]
    public void Date_GivesPartialDate_WhenYearIsWritten(string text, string expected)
    {
        var mention = Assert.Single(ScanHelper.ScanAll(text, "fr"));

        Assert.Equal(expected, mention.Date.ToString());
    }
}
