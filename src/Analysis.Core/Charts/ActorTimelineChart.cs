using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Core.Charts;

/// <summary>
/// How often the most reported actors appear, period by period: for each period with articles, one bar
/// per actor (the articles naming it), side by side, each actor in its own colour throughout. Bars rather
/// than lines because actors often share the same count, and equal lines would hide one another.
/// </summary>
public static class ActorTimelineChart
{
    /// <summary>
    /// The <paramref name="top"/> actors with the most articles over the periods of <paramref name="unit"/>
    /// (ties broken by name), their articles per period (<see cref="ActorPresence"/>, article window). Of a
    /// long series only the <paramref name="lastPeriods"/> most recent periods with articles are drawn, and the
    /// actors are the most reported in those; the axis caption says how many there are in all. The texts are in
    /// <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1 or above 10 (beyond
    /// which the bars of a period are too thin to read and the shades of one type repeat), or
    /// <paramref name="lastPeriods"/> is below 1.</exception>
    public static Plot Create(CooccurrenceCounts counts, int top = 8, PeriodUnit unit = PeriodUnit.Month, string? title = null, int lastPeriods = 24, ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ChartFonts.Register();
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 10);
        wording ??= ChartWording.English;
        title ??= wording.ActorTimelineTitle(unit);
        var allPeriods = counts.PeriodsOf(unit);
        var periods = PeriodAxis.Recent(allPeriods, lastPeriods);
        var shown = periods.ToHashSet();
        var presence = counts.Presence.Where(p => p.Window == CooccurrenceWindow.Document && shown.Contains(p.Period)).ToList();
        if (presence.Count == 0)
        {
            return ChartParts.NoData(wording.NoActorsBy(unit), title);
        }

        var actors = presence
            .GroupBy(p => p.Actor.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Actor, Total: g.Sum(p => p.Documents)))
            .OrderByDescending(a => a.Total)
            .ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        var articles = presence.ToDictionary(p => (p.Period, p.Actor.Id));
        var plot = new Plot();
        plot.Title(title);
        // Each actor in its type's colour, shaded apart from the other actors of its type.
        var colors = actors.Select((a, i) => ChartTheme.ShadeOf(a.Actor.Type, actors.Take(i).Count(b => b.Actor.Type == a.Actor.Type))).ToList();

        // The bars of one period share 80 % of its slot, centred on its tick.
        var width = 0.8 / actors.Count;
        for (var i = 0; i < actors.Count; i++)
        {
            var offset = (i - ((actors.Count - 1) / 2.0)) * width;
            var bars = periods.Select((period, p) => new Bar
            {
                Position = p + offset,
                Value = articles.TryGetValue((period, actors[i].Actor.Id), out var seen) ? seen.Documents : 0,
                Size = width * 0.9,
                FillColor = colors[i],
                LineWidth = 0,
            }).ToList();
            plot.Add.Bars(bars).LegendText = ChartParts.Shorten(actors[i].Actor.Name, 40);
        }

        plot.YLabel(wording.ArticlesNamingActor);
        plot.Axes.Left.TickGenerator = ChartParts.CountTicks(wording);
        plot.Axes.SetLimits(-0.5, periods.Count - 0.5, 0, actors.Max(a => presence.Where(p => p.Actor.Id == a.Actor.Id).Max(p => p.Documents)) * 1.08);
        // Below the bars, not beside them: a side legend takes a third of a slide's width and pushes the
        // title off the figure at notebook sizes.
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        ChartTheme.Apply(plot);
        PeriodAxis.Apply(plot, periods, unit, allPeriods.Count, wording);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        return plot;
    }
}
