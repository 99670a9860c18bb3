namespace Analysis.Core.Corpus.Dates;

/// <summary>Gives a year-less date ("ce mercredi 6 mars") a year, when the document's other evidence allows exactly one.</summary>
internal static class YearResolver
{
    /// <summary>
    /// The day of <paramref name="mention"/> in the one year among <paramref name="candidateYears"/> in
    /// which that day exists and falls on the written weekday, if any; otherwise
    /// <see cref="PartialDate.Unknown"/>.
    /// </summary>
    /// <remarks>
    /// With two plausible years, picking either would invent a year; with none, the weekday contradicts
    /// every year the document offers, so the date likely belongs to a year the text never writes.
    /// </remarks>
    public static PartialDate Resolve(DateMention mention, IEnumerable<int> candidateYears)
    {
        if (!mention.IsYearless || mention.Month is not int month || mention.Day is not int day)
        {
            return PartialDate.Unknown;
        }

        int? found = null;
        foreach (var year in candidateYears.Distinct())
        {
            if (day > DateTime.DaysInMonth(year, month)
                || (mention.Weekday is DayOfWeek weekday && new DateOnly(year, month, day).DayOfWeek != weekday))
            {
                continue;
            }

            if (found is not null)
            {
                return PartialDate.Unknown;
            }

            found = year;
        }

        return found is int resolved ? PartialDate.OfDay(resolved, month, day) : PartialDate.Unknown;
    }
}
