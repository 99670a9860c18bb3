namespace Analysis.Core.Stories;

/// <summary>
/// The days a date covers, both ends included: one day for a day-precision date, the whole month for a
/// month-precision one. Date compatibility is decided on intervals so that "2024-11" is neither widened
/// into a day nor ruled out by one.
/// </summary>
/// <param name="First">The first day covered.</param>
/// <param name="Last">The last day covered.</param>
internal readonly record struct DayInterval(DateOnly First, DateOnly Last)
{
    /// <summary>Number of days covered.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>True when the two intervals overlap or are at most <paramref name="gapDays"/> days apart.</summary>
    public bool IsWithin(DayInterval other, int gapDays) =>
        First.DayNumber <= other.Last.DayNumber + gapDays && Last.DayNumber >= other.First.DayNumber - gapDays;

    /// <summary>The smallest interval covering both.</summary>
    public DayInterval Hull(DayInterval other) =>
        new(First < other.First ? First : other.First, Last > other.Last ? Last : other.Last);
}
