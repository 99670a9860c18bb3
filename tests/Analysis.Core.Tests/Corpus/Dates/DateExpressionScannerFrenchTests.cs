using Analysis.Core.Corpus.Dates;

namespace Analysis.Core.Tests.Corpus.Dates;

public class DateExpressionScannerFrenchTests
{
    [Theory]
    [InlineData("l’équipe arrivée à Bamako le mardi 29 août 2023.", "le mardi 29 août 2023", 2023, 8, 29, DayOfWeek.Tuesday)]
    [InlineData("réunis, ici à Bamako, ce mercredi 06 novembre 2024, pour finaliser", "ce mercredi 06 novembre 2024", 2024, 11, 6, DayOfWeek.Wednesday)]
    [InlineData("a été reçu le vendredi 10 novembre 2023 au quartier général", "le vendredi 10 novembre 2023", 2023, 11, 10, DayOfWeek.Friday)]
    [InlineData("Mardi, 29 août 2023 - 10:32", "Mardi, 29 août 2023", 2023, 8, 29, DayOfWeek.Tuesday)]
    [InlineData("LE MARDI 29 AOÛT 2023", "LE MARDI 29 AOÛT 2023", 2023, 8, 29, DayOfWeek.Tuesday)]
    [InlineData("Sergey Shoigu, le 07 novembre 2023, ont rapporté", "07 novembre 2023", 2023, 11, 7, null)]
    [InlineData("en vigueur depuis le 1er novembre 2023.", "1er novembre 2023", 2023, 11, 1, null)]
    [InlineData("en vigueur depuis le 1ᵉʳ novembre 2023.", "1ᵉʳ novembre 2023", 2023, 11, 1, null)]
    [InlineData("le 15 aout 2023 à Gao", "15 aout 2023", 2023, 8, 15, null)]
    [InlineData("le 3 decembre 2022 à Gao", "3 decembre 2022", 2022, 12, 3, null)]
    [InlineData("le 12 fevrier 2024 à Gao", "12 fevrier 2024", 2024, 2, 12, null)]
    [InlineData("le 29 février 2024 à Gao", "29 février 2024", 2024, 2, 29, null)]
    [InlineData("le 5 janv. 2024 à Gao", "5 janv. 2024", 2024, 1, 5, null)]
    [InlineData("le 14 févr. 2024 à Gao", "14 févr. 2024", 2024, 2, 14, null)]
    [InlineData("le 12 sept. 2023 à Gao", "12 sept. 2023", 2023, 9, 12, null)]
    [InlineData("le 3 oct. 2023 à Gao", "3 oct. 2023", 2023, 10, 3, null)]
    [InlineData("le 20 nov. 2023 à Gao", "20 nov. 2023", 2023, 11, 20, null)]
    [InlineData("le 24 déc. 2023 à Gao", "24 déc. 2023", 2023, 12, 24, null)]
    [InlineData("le 24 dec 2023 à Gao", "24 dec 2023", 2023, 12, 24, null)]
    public void Scan_ReadsDayMonthYear_WhenFrenchDateIsWritten(string text, string expected, int year, int month, int day, DayOfWeek? weekday) =>
        ScanHelper.AssertSingle(text, "fr", expected, year, month, day, weekday, DateForm.DayMonthYear);

    [Theory]
    [InlineData("L’attaque du 6 mars à Kidal", "6 mars", 3, 6, null)]
    [InlineData("Ce mercredi 6 mars, le président a reçu", "Ce mercredi 6 mars", 3, 6, DayOfWeek.Wednesday)]
    [InlineData("jusqu’au 12 sept. Les pluies", "12 sept.", 9, 12, null)]
    [InlineData("le 29 février, jour bissextile", "29 février", 2, 29, null)]
    [InlineData("le 1er mai, fête du travail", "1er mai", 5, 1, null)]
    public void Scan_ReadsYearlessDayMonth_WhenFrenchDateHasNoYear(string text, string expected, int month, int day, DayOfWeek? weekday) =>
        ScanHelper.AssertSingle(text, "fr", expected, null, month, day, weekday, DateForm.DayMonth);

    [Theory]
    [InlineData("le bilan de novembre 2023 publié", "novembre 2023", 2023, 11)]
    [InlineData("depuis mars 2012, le nord", "mars 2012", 2012, 3)]
    [InlineData("fin janv. 2024, les pluies", "janv. 2024", 2024, 1)]
    [InlineData("en sept 2023, les pluies", "sept 2023", 2023, 9)]
    [InlineData("mi-août 2023, les pluies", "août 2023", 2023, 8)]
    [InlineData("DÉCEMBRE 2022", "DÉCEMBRE 2022", 2022, 12)]
    public void Scan_ReadsMonthYear_WhenFrenchMonthNameHasYear(string text, string expected, int year, int month) =>
        ScanHelper.AssertSingle(text, "fr", expected, year, month, null, null, DateForm.MonthYear);
}
