namespace Analysis.Core.Corpus.Dates;

/// <summary>The years a news date can plausibly have: anything else is a number that looks like a date.</summary>
internal static class DateRange
{
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    /// <summary>True when the year is plausible and the month, if given, is 1–12.</summary>
    public static bool IsPlausible(int year, int? month) => year is >= FirstYear and <= LastYear && month is null or (>= 1 and <= 12);
}
