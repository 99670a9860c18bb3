using Analysis.Core.Corpus.Dates;

namespace Analysis.Core.Tests.Corpus.Dates;

public class DateExpressionScannerEnglishTests
{
    [Theory]
    [InlineData("The delegation arrived on 29 August 2023 in Bamako.", "29 August 2023", 2023, 8, 29, null)]
    [InlineData("It arrived on Tuesday, 29 August 2023 in Bamako.", "Tuesday, 29 August 2023", 2023, 8, 29, DayOfWeek.Tuesday)]
    [InlineData("Tue, 29 Aug 2023 10:12:00 GMT", "Tue, 29 Aug 2023", 2023, 8, 29, DayOfWeek.Tuesday)]
    [InlineData("signed on the 6th of March 2024 in Niamey", "6th of March 2024", 2024, 3, 6, null)]
    public void Scan_ReadsDayMonthYear_WhenEnglishDateIsDayFirst(string text, string expected, int year, int month, int day, DayOfWeek? weekday) =>
        ScanHelper.AssertSingle(text, "en", expected, year, month, day, weekday, DateForm.DayMonthYear);

    [Theory]
    [InlineData("Bamako, August 29, 2023 - The chiefs", "August 29, 2023", 2023, 8, 29, null)]
    [InlineData("Bamako, Aug. 29, 2023 - The chiefs", "Aug. 29, 2023", 2023, 8, 29, null)]
    [InlineData("Posted Tuesday, August 29, 2023 by", "Tuesday, August 29, 2023", 2023, 8, 29, DayOfWeek.Tuesday)]
    [InlineData("since Sept. 1st, 2023 the border", "Sept. 1st, 2023", 2023, 9, 1, null)]
    [InlineData("Updated March 6 2024", "March 6 2024", 2024, 3, 6, null)]
    public void Scan_ReadsMonthDayYear_WhenEnglishDateIsMonthFirst(string text, string expected, int year, int month, int day, DayOfWeek? weekday) =>
        ScanHelper.AssertSingle(text, "en", expected, year, month, day, weekday, DateForm.MonthDayYear);

    [Theory]
    [InlineData("The attack on March 6 killed", "March 6", 3, 6, null, DateForm.MonthDay)]
    [InlineData("The attack on Wednesday, March 6 killed", "Wednesday, March 6", 3, 6, DayOfWeek.Wednesday, DateForm.MonthDay)]
    [InlineData("The attack on 6 March killed", "6 March", 3, 6, null, DateForm.DayMonth)]
    public void Scan_ReadsYearlessDate_WhenEnglishDateHasNoYear(string text, string expected, int month, int day, DayOfWeek? weekday, DateForm form) =>
        ScanHelper.AssertSingle(text, "en", expected, null, month, day, weekday, form);

    [Theory]
    [InlineData("the report of November 2023 says", "November 2023", 2023, 11)]
    [InlineData("since May 2021, the junta", "May 2021", 2021, 5)]
    [InlineData("in Dec. 2022, the junta", "Dec. 2022", 2022, 12)]
    public void Scan_ReadsMonthYear_WhenEnglishMonthNameHasYear(string text, string expected, int year, int month) =>
        ScanHelper.AssertSingle(text, "en", expected, year, month, null, null, DateForm.MonthYear);

    [Fact]
    public void Scan_DoesNotReadEnglishNames_WhenLanguageIsFrench()
    {
        Assert.Empty(ScanHelper.ScanAll("The attack on March 6 killed", "fr"));
    }
}
