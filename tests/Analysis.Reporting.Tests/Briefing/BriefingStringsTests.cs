using Analysis.Reporting.Briefing;

namespace Analysis.Reporting.Tests.Briefing;

public sealed class BriefingStringsTests
{
    [Theory]
    [InlineData(0, "0 articles")]
    [InlineData(1, "1 article")]
    [InlineData(2, "2 articles")]
    public void ArticleCount_ChoosesTheNumber_InEnglish(long count, string expected) =>
        Assert.Equal(expected, BriefingStrings.English.ArticleCount(count));

    [Theory]
    [InlineData(0, "0 article")]
    [InlineData(1, "1 article")]
    [InlineData(2, "2 articles")]
    public void ArticleCount_ChoosesTheNumber_InFrench(long count, string expected) =>
        Assert.Equal(expected, BriefingStrings.French.ArticleCount(count));

    [Fact]
    public void Format_GroupsTheThousandsOfCounts_InEnglish()
    {
        // The figures of the 100k generated corpus, which the findings printed as "100000 articles".
        var text = BriefingStrings.English.Format(BriefingStrings.English.FindCoverage, 100_000, 17, 93_084, 29_202L);

        Assert.Equal("The corpus holds 100,000 articles, grouped into 93,084 stories; outlets named: 17 (articles without a known outlet: 29,202).", text);
    }

    [Fact]
    public void Format_GroupsTheThousandsOfCounts_AsFrenchGroupsThem()
    {
        var french = BriefingStrings.French;
        var space = french.Culture.NumberFormat.NumberGroupSeparator;

        Assert.Equal($"100{space}000 articles", french.ArticleCount(100_000));
        Assert.NotEqual("100000", french.Figure(100_000));
    }

    [Fact]
    public void Figure_LeavesTextAndRealNumbersToTheCulture()
    {
        Assert.Equal("Namarie", BriefingStrings.English.Figure("Namarie"));
        Assert.Equal("0.5", BriefingStrings.English.Figure(0.5));
        Assert.Equal(string.Empty, BriefingStrings.English.Figure(null));
    }

    [Fact]
    public void MethodParagraphs_LeaveNoBracketedPlural_InEitherLanguage()
    {
        foreach (var strings in new[] { BriefingStrings.English, BriefingStrings.French })
        {
            Assert.DoesNotContain(strings.MethodParagraphs, p => p.Contains("(s)", StringComparison.Ordinal));
        }
    }
}
