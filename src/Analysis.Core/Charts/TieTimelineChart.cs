using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Core.Charts;

/// <summary>
/// When the strongest ties were reported: one row per pair of actors, a dot in each period in which the pair
/// co-occurs (its area following the tie's weight, the number beside it), and a faint line joining dots
/// of consecutive periods, so a lasting tie reads as a bar and a tie that lapsed shows its gap.
/// </summary>
public static class TieTimelineChart
{
    /// <summary>
    /// The <paramref name="top"/> pairs with the most <paramref name="weight"/> over the periods of
    /// <paramref name="unit"/> in <paramref name="window"/> (then the most articles, then by name), period by period.
    /// Of a long series only the <paramref name="lastPeriods"/> most recent periods with articles are drawn, and
    /// the pairs are the strongest in those; the axis caption says how many there are in all. The texts and numbers
    /// are in <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> or <paramref name="lastPeriods"/> is below 1.</exception>
    public static Plot Create(
        CooccurrenceCounts counts,
        int top = 12,
        PeriodUnit unit = PeriodUnit.Month,
        CooccurrenceWindow window = CooccurrenceWindow.Document,
        TieWeight weight = TieWeight.Stories,
        string? title = null,
        int lastPeriods = 24,
        ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ChartFonts.Register();
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        wording ??= ChartWording.English;
        title ??= wording.TieTimelineTitle(unit);
        var allPeriods = counts.PeriodsOf(unit);
        var periods = PeriodAxis.Recent(allPeriods, lastPeriods);
        var ties = counts.TiesOf(unit, window);
        if (periods.Count < allPeriods.Count)
        {
            var shown = periods.ToHashSet();
            ties = ties
                .Select(t => (t.Pair, Rows: (IReadOnlyList<CooccurrenceRow>)[.. t.Rows.Where(r => shown.Contains(r.Period))]))
                .Where(t => t.Rows.Count > 0);
        }

        var pairs = Strongest(ties, top, weight);
        if (pairs.Count == 0)
        {
            return ChartParts.NoData(wording.NoTiesBy(unit, window), title);
        }

        var column = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var max = pairs.Max(p => p.Rows.Max(r => r.WeightBy(weight)));
        var plot = new Plot();
        plot.Title(title);
        for (var i = 0; i < pairs.Count; i++)
        {
            // The strongest pair on the top row.
            var y = pairs.Count - 1 - i;
            var seen = pairs[i].Rows.Where(r => r.WeightBy(weight) > 0).Select(r => column[r.Period]).Order().ToList();
            // Only calendar-consecutive periods are joined: a line across a period without the tie (or across
            // months without articles, which have no column) would say it lasted.
            for (var k = 0; k + 1 < seen.Count; k++)
            {
                if (seen[k + 1] == seen[k] + 1 && periods[seen[k]].IsFollowedBy(periods[seen[k + 1]]))
                {
                    var span = plot.Add.Line(seen[k], y, seen[k + 1], y);
                    span.LineColor = ChartTheme.OkabeIto[4].WithAlpha(0.25);
                    span.LineWidth = 3;
                    span.MarkerSize = 0;
                }
            }

            foreach (var row in pairs[i].Rows.Where(r => r.WeightBy(weight) > 0))
            {
                var value = row.WeightBy(weight);
                var size = (float)(7 + (17 * Math.Sqrt((double)value / max)));
                var dot = plot.Add.Marker(column[row.Period], y, MarkerShape.FilledCircle, size, ChartTheme.OkabeIto[4]);
                dot.MarkerStyle.OutlineColor = ChartTheme.Background;
                dot.MarkerStyle.OutlineWidth = 1;
                var label = ChartParts.AddText(plot, wording.Count(value), column[row.Period], y, ChartTheme.AnnotationSize, ChartTheme.MutedTextColor);
                // Above right of the dot, off the line that joins the pair's periods.
                label.LabelStyle.Alignment = Alignment.LowerLeft;
                label.OffsetX = size * 0.38f;
                label.OffsetY = -size * 0.38f;
            }
        }

        var names = pairs.Select(p => $"{ChartParts.Shorten(p.Rows[0].A.Name, 28)} – {ChartParts.Shorten(p.Rows[0].B.Name, 28)}").ToList();
        plot.Axes.Left.TickGenerator = ChartParts.Ticks([.. Enumerable.Range(0, pairs.Count).Select(i => (double)(pairs.Count - 1 - i))], names);
        // Headroom above the top row for the counts written above its dots, and room on the right for those of
        // the last period, which a narrow column (two dozen periods) would otherwise cut.
        plot.Axes.SetLimits(-0.5, periods.Count - 0.4 + (0.025 * periods.Count), -0.7, pairs.Count - 0.1);
        ChartTheme.Apply(plot);
        PeriodAxis.Apply(plot, periods, unit, allPeriods.Count, wording);
        plot.XLabel($"{plot.Axes.Bottom.Label.Text}\n{wording.TieTimelineCaption(window, weight)}");
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        return plot;
    }

    // The strongest pairs by their total weight, then articles, then names, kept a few at a time as the
    // pairs stream past: a large corpus has a million pairs, and the chart shows a dozen.
    private static List<(ActorPair Pair, IReadOnlyList<CooccurrenceRow> Rows, int Total, int Documents)> Strongest(
        IEnumerable<(ActorPair Pair, IReadOnlyList<CooccurrenceRow> Rows)> ties, int top, TieWeight weight)
    {
        var order = Comparer<(ActorPair Pair, IReadOnlyList<CooccurrenceRow> Rows, int Total, int Documents)>.Create(static (x, y) =>
        {
            var byTotal = y.Total.CompareTo(x.Total);
            byTotal = byTotal != 0 ? byTotal : y.Documents.CompareTo(x.Documents);
            byTotal = byTotal != 0 ? byTotal : string.CompareOrdinal(x.Rows[0].A.Name, y.Rows[0].A.Name);
            return byTotal != 0 ? byTotal : string.CompareOrdinal(x.Rows[0].B.Name, y.Rows[0].B.Name);
        });
        var kept = new List<(ActorPair Pair, IReadOnlyList<CooccurrenceRow> Rows, int Total, int Documents)>(top + 1);
        foreach (var (pair, rows) in ties)
        {
            var candidate = (pair, rows, rows.Sum(r => r.WeightBy(weight)), rows.Sum(r => r.Documents));
            // After the last kept one that is not weaker: equal pairs keep the order they came in.
            var at = kept.Count;
            while (at > 0 && order.Compare(kept[at - 1], candidate) > 0)
            {
                at--;
            }

            if (at < top)
            {
                kept.Insert(at, candidate);
                if (kept.Count > top)
                {
                    kept.RemoveAt(top);
                }
            }
        }

        return kept;
    }
}