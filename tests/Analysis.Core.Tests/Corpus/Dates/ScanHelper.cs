using Analysis.Core.Corpus.Dates;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Corpus.Dates;

/// <summary>Shared steps of the scanner tests.</summary>
internal static class ScanHelper
{
    public static IReadOnlyList<DateMention> ScanAll(string text, string language) =>
        DateExpressionScanner.Scan(text, new TextSpan(0, text.Length), language);

    /// <summary>Scans <paramref name="text"/> and checks it holds exactly one mention with the expected parts.</summary>
    public static void AssertSingle(
        string text, string language, string expectedText, int? year, int? month, int? day, DayOfWeek? weekday, DateForm form)
    {
        var mention = Assert.Single(ScanAll(text, language));
        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(text.IndexOf(expectedText, StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal(expectedText.Length, mention.Span.Length);
        Assert.Equal(expectedText, mention.Span.Slice(text));
        Assert.Equal(year, mention.Year);
        Assert.Equal(month, mention.Month);
        Assert.Equal(day, mention.Day);
        Assert.Equal(weekday, mention.Weekday);
        Assert.Equal(form, mention.Form);
    }
}
