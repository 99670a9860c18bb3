using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Dates;

/// <summary>A date expression found in a document's text, with the parts it spells out.</summary>
/// <param name="Span">Where the expression lies in the document's text.</param>
/// <param name="Text">The expression as written ("le mardi 29 août 2023").</param>
/// <param name="Year">The written year, or null when the expression has none ("6 mars").</param>
/// <param name="Month">The month (1–12), or null for a year alone.</param>
/// <param name="Day">The day of the month, or null when only a month or a year is written.</param>
/// <param name="Weekday">The written weekday ("mardi"), or null. It is reported as written, even when it disagrees with the date.</param>
/// <param name="Form">How the expression is written.</param>
public sealed record DateMention(
    TextSpan Span,
    string Text,
    int? Year,
    int? Month,
    int? Day,
    DayOfWeek? Weekday,
    DateForm Form)
{
    /// <summary>
    /// The written date at the precision written, or <see cref="PartialDate.Unknown"/> for a year-less
    /// expression: its year is not in the text, so it cannot be a <see cref="PartialDate"/> by itself.
    /// </summary>
    public PartialDate Date =>
        Year is not int year ? PartialDate.Unknown
        : Month is not int month ? PartialDate.OfYear(year)
        : Day is not int day ? PartialDate.OfMonth(year, month)
        : PartialDate.OfDay(year, month, day);

    /// <summary>True when the expression has a day and a month but no year ("6 mars", "March 6").</summary>
    public bool IsYearless => Year is null && Month is not null && Day is not null;
}
