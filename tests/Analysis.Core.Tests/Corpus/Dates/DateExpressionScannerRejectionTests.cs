namespace Analysis.Core.Tests.Corpus.Dates;

public class DateExpressionScannerRejectionTests
{
    [Theory]
    [InlineData("Le Mali, le Niger et le Burkina Faso")]
    [InlineData("Marseille, mardi, Maïmouna, Maiduguri")]
    [InlineData("En mars, les pluies ont commencé")]
    [InlineData("Mars")]
    [InlineData("Ce mercredi, le président a reçu les chefs")]
    [InlineData("Ils étaient 12 sept soldats")]
    [InlineData("le 31 février 2023")]
    [InlineData("le 31 février")]
    [InlineData("le 31 avril 2024")]
    [InlineData("le 30/02/2024")]
    [InlineData("le 13/25/2023")]
    [InlineData("le 29 février 2023")]
    [InlineData("2023-02-29")]
    [InlineData("2023-13")]
    [InlineData("2023-00-10")]
    [InlineData("le 12 mars 1850")]
    [InlineData("en 1899 et en 2101")]
    [InlineData("12345 et 120230 et 20231")]
    [InlineData("Tél. : +223 20 22 29 08")]
    [InlineData("Appelez le 76.29.08.2023")]
    [InlineData("ordonnance n°2023-08/PT-RM")]
    [InlineData("ordonnance n° 2023-08")]
    [InlineData("décret nº2024-11")]
    [InlineData("la saison 2023-2024")]
    [InlineData("la référence AB2023-08-29")]
    [InlineData("version 1.29.08.2023")]
    [InlineData("2023-08-29-1")]
    [InlineData("il faisait 29/08 degrés")]
    public void Scan_FindsNothing_WhenTextHoldsNoDateInFrench(string text)
    {
        Assert.Empty(ScanHelper.ScanAll(text, "fr"));
    }

    [Theory]
    [InlineData("It may rain in March.")]
    [InlineData("The Mar 6 figure")]
    [InlineData("Jan 12 people")]
    [InlineData("On Wednesday, the president")]
    [InlineData("February 30, 2024")]
    [InlineData("No. 2024-11")]
    public void Scan_FindsNothing_WhenTextHoldsNoDateInEnglish(string text)
    {
        Assert.Empty(ScanHelper.ScanAll(text, "en"));
    }
}
