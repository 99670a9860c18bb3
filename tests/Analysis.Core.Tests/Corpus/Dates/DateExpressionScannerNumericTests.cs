using Analysis.Core.Corpus.Dates;

namespace Analysis.Core.Tests.Corpus.Dates;

public class DateExpressionScannerNumericTests
{
    [Theory]
    [InlineData("Mis à jour le 29/08/2023 à 10h", "fr", "29/08/2023", 2023, 8, 29)]
    [InlineData("Mis à jour le 29-08-2023 à 10h", "fr", "29-08-2023", 2023, 8, 29)]
    [InlineData("Mis à jour le 29.08.2023 à 10h", "fr", "29.08.2023", 2023, 8, 29)]
    [InlineData("Mis à jour le 6/3/2024.", "fr", "6/3/2024", 2024, 3, 6)]
    [InlineData("Mis à jour le 08/09/2023 à 10h", "fr", "08/09/2023", 2023, 9, 8)]
    [InlineData("Updated 08/09/2023 at 10", "en", "08/09/2023", 2023, 8, 9)]
    [InlineData("Updated 08/29/2023 at 10", "en", "08/29/2023", 2023, 8, 29)]
    [InlineData("Updated 29/08/2023 at 10", "en", "29/08/2023", 2023, 8, 29)]
    public void Scan_ReadsNumericDate_WhenDigitsAreSeparated(string text, string language, string expected, int year, int month, int day) =>
        ScanHelper.AssertSingle(text, language, expected, year, month, day, null, DateForm.NumericDate);

    [Theory]
    [InlineData("publié 2023-08-29 par", "2023-08-29")]
    [InlineData("publié 2023-08-29T10:12:00Z par", "2023-08-29T10:12:00Z")]
    [InlineData("publié 2023-08-29 10:12:00 par", "2023-08-29 10:12:00")]
    [InlineData("publié 2023-08-29T10:12:00+01:00 par", "2023-08-29T10:12:00+01:00")]
    [InlineData("publié 2023-08-29T10:12:00.123-0500.", "2023-08-29T10:12:00.123-0500")]
    [InlineData("publié 2023-08-29 10 morts", "2023-08-29")]
    public void Scan_ReadsIsoDate_WhenWrittenWithOrWithoutTime(string text, string expected) =>
        ScanHelper.AssertSingle(text, "fr", expected, 2023, 8, 29, null, DateForm.IsoDate);

    [Theory]
    [InlineData(" date 2024-11 Le Mali, le Niger", "2024-11", 2024, 11)]
    [InlineData("archive (2023-01)", "2023-01", 2023, 1)]
    public void Scan_ReadsIsoMonth_WhenYearAndMonthAreHyphenated(string text, string expected, int year, int month) =>
        ScanHelper.AssertSingle(text, "fr", expected, year, month, null, null, DateForm.IsoMonth);

    [Theory]
    [InlineData("Depuis 2015, le Mali", "2015", 2015)]
    [InlineData("en 1900 déjà", "1900", 1900)]
    [InlineData("d’ici 2100.", "2100", 2100)]
    [InlineData("since 2012 the north", "2012", 2012)]
    public void Scan_ReadsYearOnly_WhenYearStandsAlone(string text, string expected, int year) =>
        ScanHelper.AssertSingle(text, "fr", expected, year, null, null, null, DateForm.YearOnly);
}
