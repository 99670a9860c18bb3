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
    public void MethodParagraphs_LeaveNoBracketedPlural_InEitherLanguage()
    {
        foreach (var strings in new[] { BriefingStrings.English, BriefingStrings.French })
        {
            Assert.DoesNotContain(strings.MethodParagraphs, p => p.Contains("(s)", StringComparison.Ordinal));
        }
    }
}
