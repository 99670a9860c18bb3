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

    /// <summary>Puts <paramref name="periods"/> (sorted) at 0, 1, 2, … on the bottom axis, with the caption;
    /// called after the theme, whose label sizes it measures.</summary>
    public static void Apply(Plot plot, IReadOnlyList<Period> periods, PeriodUnit unit)
    {
        var labels = periods.Select(p => p.Label).ToList();
        plot.Axes.Bottom.TickGenerator = ChartParts.Ticks([.. Enumerable.Range(0, periods.Count).Select(i => (double)i)], labels);
        plot.XLabel(Caption(periods, unit));
        ChartTheme.Style(plot.Axes.Bottom.Label, ChartTheme.TickLabelSize + 1, ChartTheme.MutedTextColor);
        if (labels.Count > MaxLevelLabels)
        {
            ChartParts.SlantBottomLabels(plot, labels);
        }
    }

    /// <summary>"Month (3 with articles; 13 months without articles between them not shown)".</summary>
    public static string Caption(IReadOnlyList<Period> periods, PeriodUnit unit)
    {
        var name = ChartParts.Describe(unit);
        var missing = Missing(periods);
        var plural = name.ToLowerInvariant() + "s";
        var shown = string.Create(CultureInfo.InvariantCulture, $"{name} ({periods.Count} with articles");
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
