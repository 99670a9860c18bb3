namespace Analysis.Core.Corpus;

/// <summary>
/// One outlet's share of a corpus and how precisely its articles are dated: a corpus dominated by one
/// outlet, or by month-only dates, says less about days and weeks than its size suggests.
/// </summary>
/// <param name="Outlet">The outlet's name or domain; empty when the pages did not say.</param>
/// <param name="Articles">Articles loaded from it.</param>
/// <param name="DayDated">Of those, dated to the day.</param>
/// <param name="MonthDated">Dated to the month only.</param>
/// <param name="YearDated">Dated to the year only.</param>
/// <param name="Undated">Without a date.</param>
/// <param name="First">The earliest date.</param>
/// <param name="Last">The latest date.</param>
public sealed record OutletSummary(string Outlet, int Articles, int DayDated, int MonthDated, int YearDated, int Undated, PartialDate First, PartialDate Last)
{
    /// <summary>One row per outlet, most articles first.</summary>
    public static IReadOnlyList<OutletSummary> Of(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [.. documents
            .GroupBy(d => d.Outlet, StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Select(d => d.Date.Value).Where(d => d.IsKnown).ToList();
                return new OutletSummary(
                    g.Key,
                    g.Count(),
                    g.Count(d => d.Date.Precision == DatePrecision.Day),
                    g.Count(d => d.Date.Precision == DatePrecision.Month),
                    g.Count(d => d.Date.Precision == DatePrecision.Year),
                    g.Count(d => d.Date.Precision == DatePrecision.None),
                    dates.Count == 0 ? PartialDate.Unknown : dates.Min(),
                    dates.Count == 0 ? PartialDate.Unknown : dates.Max());
            })
            .OrderByDescending(o => o.Articles)
            .ThenBy(o => o.Outlet, StringComparer.Ordinal)];
    }
}
