using System.Globalization;

namespace Analysis.Core.Corpus;

/// <summary>
/// A date known to a stated precision: a day, a month, a year, or nothing. A month-precision date is
/// never silently widened into a day.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The unknown date.</summary>
    public static PartialDate Unknown => default;

    /// <summary>The year, or 0 when unknown.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or 0 when unknown.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when unknown.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision =>
        Year == 0 ? DatePrecision.None : Month == 0 ? DatePrecision.Year : Day == 0 ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>True when at least the year is known.</summary>
    public bool IsKnown => Year != 0;

    /// <summary>A calendar day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist.</exception>
    public static PartialDate OfDay(int year, int month, int day)
    {
        _ = new DateOnly(year, month, day); // validates, including 29 February
        return new PartialDate(year, month, day);
    }

    /// <summary>A month of a year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate OfMonth(int year, int month)
    {
        _ = new DateOnly(year, month, 1);
        return new PartialDate(year, month, 0);
    }

    /// <summary>A year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate OfYear(int year)
    {
        _ = new DateOnly(year, 1, 1);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>A day-precision date from a <see cref="DateOnly"/>.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The date of <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/> as a date gives them
    /// (0 for what is unknown), to read back a date kept as numbers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The numbers name no date.</exception>
    public static PartialDate FromParts(int year, int month, int day) =>
        year == 0 ? Unknown : month == 0 ? OfYear(year) : day == 0 ? OfMonth(year, month) : OfDay(year, month, day);

    /// <summary>First day the date covers, or null when unknown.</summary>
    public DateOnly? FirstDay => IsKnown ? new DateOnly(Year, Math.Max(Month, 1), Math.Max(Day, 1)) : null;

    /// <summary>Last day the date covers, or null when unknown.</summary>
    public DateOnly? LastDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        _ => null,
    };

    /// <summary>Reads <c>yyyy-MM-dd</c>, <c>yyyy-MM</c>, <c>yyyy</c> or an empty string.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Trim().Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        try
        {
            date = parts.Length switch
            {
                1 when parts[0].Length == 4 => OfYear(numbers[0]),
                2 when parts[0].Length == 4 => OfMonth(numbers[0], numbers[1]),
                3 when parts[0].Length == 4 => OfDay(numbers[0], numbers[1], numbers[2]),
                _ => Unknown,
            };
            return date.IsKnown;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>Orders by first day, then coarser before finer precision; unknown dates sort first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = Month.CompareTo(other.Month);
        return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
    }

    /// <summary>The data contract's form: <c>2023-08-29</c>, <c>2024-11</c>, <c>2024</c>, or empty.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>Comparison operator.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Comparison operator.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Comparison operator.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Comparison operator.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
