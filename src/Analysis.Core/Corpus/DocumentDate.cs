using Analysis.Core.Text;

namespace Analysis.Core.Corpus;

/// <summary>A document's date, its precision, and the evidence it rests on.</summary>
/// <param name="Value">The date (possibly only a month or a year, possibly unknown).</param>
/// <param name="Origin">Which kind of evidence gave it.</param>
/// <param name="Evidence">The text it was read from: the words of the article ("le mardi 29 août 2023") or the raw metadata value ("2023-08-29 10:12:00").</param>
/// <param name="Span">Where the evidence lies in the document's text; null for metadata fields.</param>
public sealed record DocumentDate(PartialDate Value, DateOrigin Origin, string Evidence, TextSpan? Span)
{
    /// <summary>No date, no evidence.</summary>
    public static DocumentDate None { get; } = new(PartialDate.Unknown, DateOrigin.None, string.Empty, null);

    /// <summary>The precision of <see cref="Value"/>.</summary>
    public DatePrecision Precision => Value.Precision;
}
