using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Dates;

/// <summary>
/// Finds date expressions in French or English news text: written dates ("le mardi 29 août 2023",
/// "August 29, 2023", "6 mars"), month-years ("novembre 2023"), numeric and ISO dates ("29/08/2023",
/// "2023-08-29T10:12:00Z", "2024-11") and bare years ("en 2015"). Matching ignores case and accents.
/// </summary>
/// <remarks>
/// Public so that notebooks can pull event dates out of article text, not only the document's date.
/// Only dates that exist between 1900 and 2100 are reported; a year-less date is reported if it exists
/// in some year (29 February does). A month name alone ("mars"), a weekday alone ("ce mercredi") and a
/// bare abbreviation without a year ("12 sept soldats", where "sept" is seven) are not dates.
/// </remarks>
public static class DateExpressionScanner
{
    /// <summary>Finds the date expressions lying inside <paramref name="within"/>.</summary>
    /// <param name="text">The document's full text.</param>
    /// <param name="within">The stretch of <paramref name="text"/> to search; returned spans point into <paramref name="text"/>.</param>
    /// <param name="language">A language code: "en…" reads English (month-first numerals); anything else reads French.</param>
    /// <returns>The mentions in text order, none overlapping.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> does not lie inside <paramref name="text"/>.</exception>
    /// <exception cref="RegexMatchTimeoutException">A pattern ran past its time limit.</exception>
    public static IReadOnlyList<DateMention> Scan(string text, TextSpan within, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        if (within.Start < 0 || within.Length < 0 || within.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(within), within, "The span must lie inside the text.");
        }

        // Every pattern needs an ASCII digit (a day, a year, a numeric date), and folding neither makes nor
        // removes one: most paragraphs have none and need neither a folded copy nor seven regex scans.
        if (!text.AsSpan(within.Start, within.Length).ContainsAnyInRange('0', '9'))
        {
            return [];
        }

        var words = DateLanguage.For(language);
        var folded = LengthPreservingFolding.Fold(text.AsSpan(within.Start, within.Length));
        var collector = new MentionCollector(text, within.Start);

        AddWritten(collector, words.DayMonth.Matches(folded), words, DateForm.DayMonthYear, DateForm.DayMonth);
        if (words.MonthDay is { } monthDay)
        {
            AddWritten(collector, monthDay.Matches(folded), words, DateForm.MonthDayYear, DateForm.MonthDay);
        }

        AddWritten(collector, words.MonthYear.Matches(folded), words, DateForm.MonthYear, DateForm.MonthYear);
        AddNumeric(collector, DatePatterns.Numeric().Matches(folded), words.MonthFirstNumerals);

        foreach (Match match in DatePatterns.IsoDate().Matches(folded))
        {
            collector.Add(match, Number(match, "year"), Number(match, "month"), Number(match, "day"), null, DateForm.IsoDate);
        }

        foreach (Match match in DatePatterns.IsoMonth().Matches(folded))
        {
            collector.Add(match, Number(match, "year"), Number(match, "month"), null, null, DateForm.IsoMonth);
        }

        foreach (Match match in DatePatterns.Year().Matches(folded))
        {
            collector.Add(match, Number(match, "year"), null, null, null, DateForm.YearOnly);
        }

        return collector.Select();
    }

    private static void AddWritten(MentionCollector collector, MatchCollection matches, DateLanguage words, DateForm withYear, DateForm withoutYear)
    {
        foreach (Match match in matches)
        {
            var monthName = match.Groups["month"].Value;
            var year = Number(match, "year");

            // "sept" without its full stop is also the French for seven, and "mar", "jan" are words or
            // names in English: an abbreviation counts without a year only when its full stop marks it.
            if (year is null && words.Abbreviations.Contains(monthName) && !match.Groups["dot"].Success)
            {
                collector.Block(match);
                continue;
            }

            var weekdayGroup = match.Groups["weekday"];
            DayOfWeek? weekday = weekdayGroup.Success ? words.Weekdays[weekdayGroup.Value] : null;
            collector.Add(match, year, words.Months[monthName], Number(match, "day"), weekday, year is null ? withoutYear : withYear);
        }
    }

    private static void AddNumeric(MentionCollector collector, MatchCollection matches, bool monthFirst)
    {
        foreach (Match match in matches)
        {
            var first = Number(match, "first");
            var second = Number(match, "second");

            // English writes month/day/year, but "29/08/2023" can only be day-first whatever the language.
            var isMonthFirst = monthFirst && first <= 12;
            collector.Add(match, Number(match, "year"), isMonthFirst ? first : second, isMonthFirst ? second : first, null, DateForm.NumericDate);
        }
    }

    private static int? Number(Match match, string group)
    {
        var captured = match.Groups[group];
        return captured.Success ? int.Parse(captured.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }
}
