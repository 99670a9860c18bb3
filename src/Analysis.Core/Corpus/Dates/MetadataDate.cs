using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Core.Corpus.Dates;

/// <summary>Reads a source's structured date field (news-please <c>date_publish</c>, <c>article:published_time</c>).</summary>
internal static class MetadataDate
{
    /// <summary>
    /// Reads an ISO year, month, date or date-time covering the whole field: "2023-08-29 10:12:00",
    /// "2023-08-29T10:12:00+01:00", "2023-08". The date is taken as written: a time zone offset is not
    /// applied, because the outlet's own calendar day is the one its readers saw.
    /// </summary>
    /// <returns>False for a missing, malformed or impossible field, or a year outside 1900–2100.</returns>
    public static bool TryParse([NotNullWhen(true)] string? field, out PartialDate date)
    {
        date = PartialDate.Unknown;
        if (field is null)
        {
            return false;
        }

        var match = DatePatterns.MetadataField().Match(field);
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match.Groups["year"]) ?? 0;
        var month = Number(match.Groups["month"]);
        var day = Number(match.Groups["day"]);
        if (!DateRange.IsPlausible(year, month))
        {
            return false;
        }

        // The pattern only captures a day after a month, so a day implies a checked month.
        if (month is not int m)
        {
            date = PartialDate.OfYear(year);
        }
        else if (day is not int d)
        {
            date = PartialDate.OfMonth(year, m);
        }
        else if (d >= 1 && d <= DateTime.DaysInMonth(year, m))
        {
            date = PartialDate.OfDay(year, m, d);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
