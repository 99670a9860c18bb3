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

    /// <summary>Puts <paramref name="periods"/> (sorted) at 0, 1, 2, … on the bottom axis, with the caption in
    /// <paramref name="wording"/>; called after the theme, whose label sizes it measures. <paramref name="withArticles"/>
    /// is the number of periods with articles, of which <paramref name="periods"/> may be the most recent.</summary>
    public static void Apply(Plot plot, IReadOnlyList<Period> periods, PeriodUnit unit, int withArticles, ChartWording wording)
    {
        var labels = periods.Select(p => p.Label).ToList();
        plot.Axes.Bottom.TickGenerator = ChartParts.Ticks([.. Enumerable.Range(0, periods.Count).Select(i => (double)i)], labels);
        plot.XLabel(wording.PeriodCaption(unit, periods.Count, withArticles, Missing(periods)));
        ChartTheme.Style(plot.Axes.Bottom.Label, ChartTheme.TickLabelSize + 1, ChartTheme.MutedTextColor);
        if (labels.Count > MaxLevelLabels)
        {
            ChartParts.SlantBottomLabels(plot, labels);
        }
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
