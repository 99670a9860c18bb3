using System.Collections.Concurrent;
using System.Globalization;
using Analysis.Core.Corpus;

namespace Analysis.Core.Cooccurrence.Periods;

/// <summary>
/// A stretch of calendar time at one <see cref="PeriodUnit"/>: the bucket a document's counts fall into.
/// A document falls into a period only when its date is precise enough to say so: a document dated
/// "November 2024" has a month, a quarter and a year, but no day and no week, and is never invented
/// into one. Undated documents belong to <see cref="All"/> only.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    // Labels are made once per period and shared: a period is a key of millions of rows and changes, so it
    // holds only its unit and first day (8 bytes), and its last day and label are worked out from them.
    private static readonly ConcurrentDictionary<Period, string> Labels = new();

    private Period(PeriodUnit unit, DateOnly start)
    {
        Unit = unit;
        Start = start;
    }

    /// <summary>The whole corpus, dated or not.</summary>
    public static Period All { get; } = new(PeriodUnit.All, DateOnly.MinValue);

    /// <summary>The unit of the period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>First day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day of the period.</summary>
    public DateOnly End => Unit switch
    {
        PeriodUnit.Day => Start,
        PeriodUnit.Week => Start.AddDays(6),
        PeriodUnit.Month => Start.AddMonths(1).AddDays(-1),
        PeriodUnit.Quarter => Start.AddMonths(3).AddDays(-1),
        PeriodUnit.Year => new DateOnly(Start.Year, 12, 31),
        _ => DateOnly.MaxValue,
    };

    /// <summary>The data contract's label: <c>2023-08-29</c>, <c>2023-W35</c>, <c>2023-08</c>, <c>2023-Q3</c>, <c>2023</c> or <c>all</c>.</summary>
    public string Label => Labels.GetOrAdd(this, static period => period.Format());

    /// <summary>
    /// The period of <paramref name="unit"/> that contains <paramref name="date"/>, or null when the date is
    /// not precise enough to tell (a month-dated document has no day or week; an undated one only <see cref="All"/>).
    /// </summary>
    public static Period? Of(PartialDate date, PeriodUnit unit)
    {
        if (unit == PeriodUnit.All)
        {
            return All;
        }

        var needed = unit switch
        {
            PeriodUnit.Day or PeriodUnit.Week => DatePrecision.Day,
            PeriodUnit.Month or PeriodUnit.Quarter => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        // DatePrecision is ordered None < Year < Month < Day.
        if (date.Precision < needed)
        {
            return null;
        }

        return Containing(date.FirstDay!.Value, unit);
    }

    /// <summary>The period of <paramref name="unit"/> that contains the day <paramref name="day"/>.</summary>
    public static Period Containing(DateOnly day, PeriodUnit unit)
    {
        switch (unit)
        {
            case PeriodUnit.Day:
                return new(unit, day);
            case PeriodUnit.Week:
                return new(unit, day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));
            case PeriodUnit.Month:
                return new(unit, new DateOnly(day.Year, day.Month, 1));
            case PeriodUnit.Quarter:
                return new(unit, new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1));
            case PeriodUnit.Year:
                return new(unit, new DateOnly(day.Year, 1, 1));
            case PeriodUnit.All:
                return All;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit.");
        }
    }

    private string Format()
    {
        var day = Start.ToDateTime(TimeOnly.MinValue);
        return Unit switch
        {
            PeriodUnit.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PeriodUnit.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}"),
            PeriodUnit.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            PeriodUnit.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
            PeriodUnit.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => "all",
        };
    }

    /// <summary>
    /// The period a contract label names: <c>2023-08-29</c>, <c>2023-W35</c>, <c>2023-08</c>, <c>2023-Q3</c>,
    /// <c>2023</c> or <c>all</c> (what a notebook user types to pick the month of a heatmap).
    /// </summary>
    /// <exception cref="FormatException">The label is none of these.</exception>
    public static Period Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return TryParse(label, out var period)
            ? period
            : throw new FormatException($"'{label}' is not a period; write 2023-08-29, 2023-W35, 2023-08, 2023-Q3, 2023 or all.");
    }

    /// <summary>Reads a contract label (see <see cref="Parse"/>); false when it is none.</summary>
    public static bool TryParse(string? label, out Period period)
    {
        period = All;
        var text = label?.Trim() ?? string.Empty;
        if (text == "all")
        {
            return true;
        }

        var parts = text.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[0].Length != 4)
        {
            if (PartialDate.TryParse(text, out var date) && date.IsKnown)
            {
                period = Of(date, date.Precision == DatePrecision.Day ? PeriodUnit.Day : date.Precision == DatePrecision.Month ? PeriodUnit.Month : PeriodUnit.Year)!.Value;
                return true;
            }

            return false;
        }

        var second = parts[1];
        if (second.Length == 3 && second[0] == 'W' && int.TryParse(second.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && year >= 1 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            period = Containing(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), PeriodUnit.Week);
            return true;
        }

        if (second.Length == 2 && second[0] == 'Q' && second[1] is >= '1' and <= '4' && year >= 1)
        {
            period = Containing(new DateOnly(year, ((second[1] - '1') * 3) + 1, 1), PeriodUnit.Quarter);
            return true;
        }

        if (PartialDate.TryParse(text, out var month) && month.Precision == DatePrecision.Month)
        {
            period = Of(month, PeriodUnit.Month)!.Value;
            return true;
        }

        return false;
    }

    /// <summary>The period that follows this one (for <see cref="All"/>, itself).</summary>
    public Period Next() => Unit == PeriodUnit.All ? this : Containing(End.AddDays(1), Unit);

    /// <summary>True when <paramref name="other"/> directly follows this period, with no period between them.</summary>
    public bool IsFollowedBy(Period other) => other.Unit == Unit && Unit != PeriodUnit.All && other.Start == End.AddDays(1);

    /// <summary>Orders by unit, then by start.</summary>
    public int CompareTo(Period other)
    {
        // As ints: Enum.CompareTo boxes both, and periods are sorted by the million.
        var byUnit = ((int)Unit).CompareTo((int)other.Unit);
        return byUnit != 0 ? byUnit : Start.CompareTo(other.Start);
    }

    /// <summary>The label.</summary>
    public override string ToString() => Label;

    /// <summary>Comparison operator.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Comparison operator.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Comparison operator.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Comparison operator.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
