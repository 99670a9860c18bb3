using Analysis.Core.Corpus.Dates;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Corpus.Dates;

public class YearResolverTests
{
    [Theory]
    [InlineData(6, 3, DayOfWeek.Wednesday, "2024", "2024-03-06")]
    [InlineData(6, 3, null, "2024", "2024-03-06")]
    [InlineData(6, 3, null, "2024,2024", "2024-03-06")]
    [InlineData(6, 3, DayOfWeek.Wednesday, "2023,2024", "2024-03-06")]
    [InlineData(6, 3, DayOfWeek.Monday, "2023,2024", "2023-03-06")]
    [InlineData(29, 2, null, "2023,2024", "2024-02-29")]
    [InlineData(6, 3, DayOfWeek.Monday, "2024", "")]
    [InlineData(6, 3, null, "2023,2024", "")]
    [InlineData(29, 2, null, "2023", "")]
    [InlineData(6, 3, null, "", "")]
    public void Resolve_ReturnsDayOnlyIfOneYearFits_WhenDateIsYearless(int day, int month, DayOfWeek? weekday, string years, string expected)
    {
        var mention = new DateMention(new TextSpan(0, 6), "6 mars", null, month, day, weekday, DateForm.DayMonth);
        var candidates = years.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

        Assert.Equal(expected, YearResolver.Resolve(mention, candidates).ToString());
    }

    [Fact]
    public void Resolve_ReturnsUnknown_WhenMentionHasYear()
    {
        var mention = new DateMention(new TextSpan(0, 11), "6 mars 2024", 2024, 3, 6, null, DateForm.DayMonthYear);

        Assert.False(YearResolver.Resolve(mention, [2023]).IsKnown);
    }
}
