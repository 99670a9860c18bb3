using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Analysis.Core.Corpus.Dates;

/// <summary>
/// The words one language writes dates with (month and weekday names, folded to plain lower-case ASCII)
/// and the patterns built from them. Each language is built once; the patterns are generated from the
/// same tables that turn a matched name into a number, so the two cannot drift apart.
/// </summary>
internal sealed class DateLanguage
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(DatePatterns.TimeoutMs);

    private DateLanguage(
        bool monthFirstNumerals,
        (string Name, int Month)[] fullMonths,
        (string Name, int Month)[] abbreviatedMonths,
        (string Name, DayOfWeek Day)[] weekdays,
        string? determiner,
        string ordinalSuffix,
        string? dayMonthLink,
        bool writesMonthFirst)
    {
        MonthFirstNumerals = monthFirstNumerals;
        Months = fullMonths.Concat(abbreviatedMonths).ToFrozenDictionary(m => m.Name, m => m.Month, StringComparer.Ordinal);
        Abbreviations = abbreviatedMonths.Select(m => m.Name).ToFrozenSet(StringComparer.Ordinal);
        Weekdays = weekdays.ToFrozenDictionary(w => w.Name, w => w.Day, StringComparer.Ordinal);

        // An abbreviation may carry its full stop ("sept."); a full name may not, or "le 6 mai." would
        // swallow the end of the sentence.
        var month = $@"(?:(?<month>{Alternation(fullMonths.Select(m => m.Name))})|(?<month>{Alternation(abbreviatedMonths.Select(m => m.Name))})(?<dot>\.)?)";
        var prefix = determiner is null ? string.Empty : $@"(?:(?:{determiner})\s+)?";
        var weekday = $@"(?:{prefix}(?<weekday>{Alternation(weekdays.Select(w => w.Name))})\.?,?\s+)?";
        var day = $@"(?<day>[0-9]{{1,2}})(?:{ordinalSuffix})?";
        var link = dayMonthLink is null ? string.Empty : $@"(?:{dayMonthLink}\s+)?";
        const string year = @"(?:,?\s+(?<year>[0-9]{4}))";

        DayMonth = Build(DatePatterns.LeftEdge + weekday + day + @"\s+" + link + month + year + "?" + DatePatterns.RightEdge);
        MonthDay = writesMonthFirst
            ? Build(DatePatterns.LeftEdge + weekday + month + @"\s+" + day + year + "?" + DatePatterns.RightEdge)
            : null;
        MonthYear = Build(DatePatterns.LeftEdge + month + year + DatePatterns.RightEdge);
    }

    /// <summary>French: day-first numerals, "le mardi 29 août 2023", "1er novembre".</summary>
    public static DateLanguage French { get; } = new(
        monthFirstNumerals: false,
        fullMonths:
        [
            ("janvier", 1), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
            ("juillet", 7), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("decembre", 12),
        ],
        abbreviatedMonths:
        [
            ("janv", 1), ("fevr", 2), ("fev", 2), ("avr", 4), ("juil", 7), ("juill", 7),
            ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ],
        weekdays:
        [
            ("lundi", DayOfWeek.Monday), ("mardi", DayOfWeek.Tuesday), ("mercredi", DayOfWeek.Wednesday),
            ("jeudi", DayOfWeek.Thursday), ("vendredi", DayOfWeek.Friday), ("samedi", DayOfWeek.Saturday),
            ("dimanche", DayOfWeek.Sunday),
        ],
        determiner: "le|ce",
        ordinalSuffix: "er",
        dayMonthLink: null,
        writesMonthFirst: false);

    /// <summary>English: month-first numerals, "Tuesday, 29 August 2023", "August 29, 2023", "the 6th of March".</summary>
    public static DateLanguage English { get; } = new(
        monthFirstNumerals: true,
        fullMonths:
        [
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
            ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ],
        abbreviatedMonths:
        [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ],
        weekdays:
        [
            ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
            ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday),
            ("sunday", DayOfWeek.Sunday), ("mon", DayOfWeek.Monday), ("tue", DayOfWeek.Tuesday),
            ("tues", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
            ("thur", DayOfWeek.Thursday), ("thurs", DayOfWeek.Thursday), ("fri", DayOfWeek.Friday),
            ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday),
        ],
        determiner: null,
        ordinalSuffix: "st|nd|rd|th",
        dayMonthLink: "of",
        writesMonthFirst: true);

    /// <summary>True when "08/09/2023" means 9 August (unless the first number cannot be a month).</summary>
    public bool MonthFirstNumerals { get; }

    /// <summary>Folded month names and abbreviations to month numbers.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>The folded month abbreviations ("sept", "aug").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Folded weekday names to weekdays.</summary>
    public FrozenDictionary<string, DayOfWeek> Weekdays { get; }

    /// <summary>Day then month name, optional weekday before and year after: "le mardi 29 août 2023", "6 mars".</summary>
    public Regex DayMonth { get; }

    /// <summary>Month name then day, optional year: "August 29, 2023", "March 6"; null where the language does not write it.</summary>
    public Regex? MonthDay { get; }

    /// <summary>Month name then year: "novembre 2023".</summary>
    public Regex MonthYear { get; }

    /// <summary>
    /// The language for a language code. "en…" is English; anything else is read as French, the language
    /// of most of the corpus, rather than failing a document over an unexpected code.
    /// </summary>
    public static DateLanguage For(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;

    // Longest first, so that "juillet" is tried before "juil"; the edges would reject the shorter
    // anyway, but this spares the backtracking.
    private static string Alternation(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));

    private static Regex Build(string pattern) => new(pattern, Options, Timeout);
}
