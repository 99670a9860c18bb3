using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Cooccurrence.Periods;

public sealed class PeriodTests
{
    public static TheoryData<string, PeriodUnit, string?> Labels => new()
    {
        // A Tuesday: ISO week 35 of 2023.
        { "2023-08-29", PeriodUnit.Day, "2023-08-29" },
        { "2023-08-29", PeriodUnit.Week, "2023-W35" },
        { "2023-08-29", PeriodUnit.Month, "2023-08" },
        { "2023-08-29", PeriodUnit.Quarter, "2023-Q3" },
        { "2023-08-29", PeriodUnit.Year, "2023" },
        { "2023-08-29", PeriodUnit.All, "all" },

        // A Sunday that belongs to the last ISO week of the previous year, and a Monday to the first of the next.
        { "2021-01-03", PeriodUnit.Week, "2020-W53" },
        { "2024-12-30", PeriodUnit.Week, "2025-W01" },
        { "2024-12-30", PeriodUnit.Quarter, "2024-Q4" },

        // Month precision: month and coarser, never a day or a week.
        { "2024-11", PeriodUnit.Day, null },
        { "2024-11", PeriodUnit.Week, null },
        { "2024-11", PeriodUnit.Month, "2024-11" },
        { "2024-11", PeriodUnit.Quarter, "2024-Q4" },
        { "2024-11", PeriodUnit.Year, "2024" },

        // Year precision: the year only.
        { "2024", PeriodUnit.Month, null },
        { "2024", PeriodUnit.Quarter, null },
        { "2024", PeriodUnit.Year, "2024" },

        // Undated: the whole corpus only.
        { "", PeriodUnit.Year, null },
        { "", PeriodUnit.All, "all" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Of_GivesTheContractLabel_OrNoPeriod_WhenTheDateIsTooCoarse(string date, PeriodUnit unit, string? expected)
    {
        Assert.True(PartialDate.TryParse(date, out var value));

        Assert.Equal(expected, Period.Of(value, unit)?.Label);
    }

    [Fact]
    public void Of_CoversMondayToSunday_ForAnIsoWeek()
    {
        var week = Period.Of(PartialDate.OfDay(2023, 8, 29), PeriodUnit.Week)!.Value;

        Assert.Equal(new DateOnly(2023, 8, 28), week.Start);
        Assert.Equal(new DateOnly(2023, 9, 3), week.End);
    }

    [Fact]
    public void Of_CoversTheWholeQuarter_ForAQuarter()
    {
        var quarter = Period.Of(PartialDate.OfMonth(2024, 11), PeriodUnit.Quarter)!.Value;

        Assert.Equal(new DateOnly(2024, 10, 1), quarter.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), quarter.End);
    }

    [Fact]
    public void Next_CrossesTheYear_ForDecember()
    {
        var december = Period.Of(PartialDate.OfMonth(2023, 12), PeriodUnit.Month)!.Value;

        Assert.Equal("2024-01", december.Next().Label);
        Assert.True(december.IsFollowedBy(december.Next()));
        Assert.False(december.IsFollowedBy(december.Next().Next()));
    }

    [Fact]
    public void CompareTo_OrdersByUnitThenDate()
    {
        var periods = new[] { PartialDate.OfMonth(2024, 11), PartialDate.OfMonth(2023, 8), PartialDate.OfMonth(2023, 11) }
            .Select(d => Period.Of(d, PeriodUnit.Month)!.Value)
            .Append(Period.All)
            .Append(Period.Of(PartialDate.OfDay(2024, 1, 1), PeriodUnit.Day)!.Value)
            .Order()
            .Select(p => p.Label);

        Assert.Equal(["2024-01-01", "2023-08", "2023-11", "2024-11", "all"], periods);
    }

    [Theory]
    [InlineData("2023-08-29", PeriodUnit.Day)]
    [InlineData("2023-W35", PeriodUnit.Week)]
    [InlineData("2020-W53", PeriodUnit.Week)]
    [InlineData("2023-08", PeriodUnit.Month)]
    [InlineData("2023-Q3", PeriodUnit.Quarter)]
    [InlineData("2023", PeriodUnit.Year)]
    [InlineData("all", PeriodUnit.All)]
    public void Parse_ReadsBackEveryLabel(string label, PeriodUnit unit)
    {
        var period = Period.Parse(label);

        Assert.Equal((label, unit), (period.Label, period.Unit));
    }

    [Theory]
    [InlineData("2023-W54")]
    [InlineData("2021-W53")] // 2021 has 52 ISO weeks
    [InlineData("2023-Q5")]
    [InlineData("2023-13")]
    [InlineData("August 2023")]
    [InlineData("")]
    public void Parse_Throws_WhenTheLabelIsNoPeriod(string label)
    {
        var error = Assert.Throws<FormatException>(() => Period.Parse(label));

        Assert.Contains("2023-W35", error.Message, StringComparison.Ordinal);
    }
}
