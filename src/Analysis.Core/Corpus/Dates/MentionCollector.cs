using System.Text.RegularExpressions;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Dates;

/// <summary>
/// Gathers what the date patterns matched in one stretch of text and keeps, where matches overlap, the
/// one that starts first and runs longest ("29 août 2023" over "août 2023" over "2023").
/// </summary>
/// <remarks>
/// An impossible date ("31 février 2023", "2023-02-29") still claims its characters, but yields nothing:
/// reading "février 2023" out of a mistyped date would report a month the author never meant alone.
/// </remarks>
internal sealed class MentionCollector
{
    private readonly string _text;
    private readonly int _offset;
    private readonly List<(TextSpan Span, DateMention? Mention)> _candidates = [];

    /// <summary>A collector for matches made in a folded copy of <paramref name="text"/> starting at <paramref name="offset"/>.</summary>
    public MentionCollector(string text, int offset)
    {
        _text = text;
        _offset = offset;
    }

    /// <summary>Adds a match with the parts it spells out; it yields a mention only if that date can exist.</summary>
    public void Add(Match match, int? year, int? month, int? day, DayOfWeek? weekday, DateForm form)
    {
        var span = SpanOf(match);
        var mention = IsPossible(year, month, day)
            ? new DateMention(span, span.Slice(_text), year, month, day, weekday, form)
            : null;
        _candidates.Add((span, mention));
    }

    /// <summary>Adds a match that is not a date but whose characters no shorter match may claim.</summary>
    public void Block(Match match) => _candidates.Add((SpanOf(match), null));

    /// <summary>The mentions left after overlaps are settled, in text order.</summary>
    public IReadOnlyList<DateMention> Select()
    {
        var mentions = new List<DateMention>();
        var claimedUpTo = int.MinValue;
        foreach (var (span, mention) in _candidates.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length))
        {
            // Candidates come by start, so one overlaps an earlier choice exactly when it starts before
            // the furthest end claimed so far.
            if (span.Start < claimedUpTo)
            {
                continue;
            }

            claimedUpTo = span.End;
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private TextSpan SpanOf(Match match) => new(_offset + match.Index, match.Length);

    private static bool IsPossible(int? year, int? month, int? day)
    {
        if (year is < DateRange.FirstYear or > DateRange.LastYear || month is < 1 or > 12)
        {
            return false;
        }

        if (day is not int d)
        {
            return true;
        }

        // A year-less day is possible if it exists in some year: 29 February is, 31 February is not.
        const int leapYear = 2000;
        return month is int m && d >= 1 && d <= DateTime.DaysInMonth(year ?? leapYear, m);
    }
}
