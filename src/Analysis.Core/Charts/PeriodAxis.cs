using System.Globalization;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Core.Charts;

/// <summary>
/// A time axis of periods as categories: one labelled tick per period that has articles, in order. Periods
/// without articles are left out rather than drawn as zeros (no articles is not "not named"), and the axis
/// label says how many were left out, so equal spacing never passes for a regular series.
/// </summary>
internal static class PeriodAxis
{
    // Past this many labels, level ones would overlap; they are turned.
    private const int MaxLevelLabels = 12;

    /// <summary>The periods a timeline shows: the <paramref name="most"/> most recent of <paramref name="periods"/>
    /// (sorted), since a slot per period stops being readable past a few dozen (seven years of months put
    /// 84 labels on one axis).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="most"/> is below 1.</exception>
    public static IReadOnlyList<Period> Recent(IReadOnlyList<Period> periods, int most)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(most, 1);
        return periods.Count <= most ? periods : [.. periods.Skip(periods.Count - most)];
    }

    /// <summary>Puts <paramref name="periods"/> (sorted) at 0, 1, 2, … on the bottom axis, with the caption;
    /// called after the theme, whose label sizes it measures. <paramref name="withArticles"/> is the number of
    /// periods with articles, of which <paramref name="periods"/> may be the most recent.</summary>
    public static void Apply(Plot plot, IReadOnlyList<Period> periods, PeriodUnit unit, int withArticles)
    {
        var labels = periods.Select(p => p.Label).ToList();
        plot.Axes.Bottom.TickGenerator = ChartParts.Ticks([.. Enumerable.Range(0, periods.Count).Select(i => (double)i)], labels);
        plot.XLabel(Caption(periods, unit, withArticles));
        ChartTheme.Style(plot.Axes.Bottom.Label, ChartTheme.TickLabelSize + 1, ChartTheme.MutedTextColor);
        if (labels.Count > MaxLevelLabels)
        {
            ChartParts.SlantBottomLabels(plot, labels);
        }
    }

    /// <summary>"Month (3 with articles; 13 months without articles between them not shown)", or "Month (the
    /// last 24 of 84 with articles)" when only the most recent are shown.</summary>
    public static string Caption(IReadOnlyList<Period> periods, PeriodUnit unit, int withArticles)
    {
        var name = ChartParts.Describe(unit);
        var missing = Missing(periods);
        var plural = name.ToLowerInvariant() + "s";
        var shown = withArticles > periods.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{name} (the last {periods.Count} of {withArticles:N0} with articles")
            : string.Create(CultureInfo.InvariantCulture, $"{name} ({periods.Count} with articles");
        return missing == 0
            ? shown + ")"
            : string.Create(CultureInfo.InvariantCulture, $"{shown}; {missing} {(missing == 1 ? name.ToLowerInvariant() : plural)} without articles between them not shown)");
    }

    // Periods between the first and the last that have no articles.
    private static int Missing(IReadOnlyList<Period> periods)
    {
        if (periods.Count < 2 || periods[0].Unit == PeriodUnit.All)
        {
            return 0;
        }

        var present = periods.ToHashSet();
        var missing = 0;
        for (var period = periods[0]; period < periods[^1]; period = period.Next())
        {
            missing += present.Contains(period) ? 0 : 1;
        }

        return missing;
    }
}
