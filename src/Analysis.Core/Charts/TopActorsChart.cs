using Analysis.Core.Actors;
using ScottPlot;

namespace Analysis.Core.Charts;

/// <summary>
/// Who the corpus talks about most: one horizontal bar per actor, the number of articles naming it, the
/// most reported at the top, each bar in its type's colour, names on the axis and the count at the bar's end.
/// </summary>
public static class TopActorsChart
{
    /// <summary>The default title, in English.</summary>
    public const string DefaultTitle = "Most reported actors";

    /// <summary>
    /// The chart of the <paramref name="top"/> actors of <paramref name="actors"/> (<see cref="ActorAnalysis.Actors"/>)
    /// by articles, then mentions, then name; only the types in <paramref name="types"/> when given. The texts and
    /// numbers are in <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    public static Plot Create(IEnumerable<ActorSummary> actors, int top = 15, IReadOnlySet<ActorType>? types = null, string? title = null, ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ChartFonts.Register();
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        wording ??= ChartWording.English;
        title ??= wording.TopActorsTitle;
        var shown = actors
            .Where(a => types is null || types.Contains(a.Actor.Type))
            .Where(a => a.Documents > 0)
            .OrderByDescending(a => a.Documents)
            .ThenByDescending(a => a.Mentions)
            .ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        if (shown.Count == 0)
        {
            return ChartParts.NoData(wording.NoActors, title);
        }

        var plot = new Plot();
        plot.Title(title);
        var bars = new List<Bar>();
        var positions = new List<double>();
        for (var i = 0; i < shown.Count; i++)
        {
            // The most reported at the top: the first actor gets the highest position.
            var position = shown.Count - 1 - i;
            positions.Add(position);
            var color = ChartTheme.ColorOf(shown[i].Actor.Type);
            bars.Add(new Bar
            {
                Position = position,
                Value = shown[i].Documents,
                FillColor = color,
                LineWidth = 0,
                Size = 0.72,
                ValueLabel = wording.Count(shown[i].Documents),
                Orientation = Orientation.Horizontal,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = ChartParts.Ticks(positions, [.. shown.Select(a => ChartParts.Shorten(a.Actor.Name, 40))]);
        plot.Axes.Bottom.TickGenerator = ChartParts.CountTicks(wording);
        plot.XLabel(wording.ArticlesNamingActor);
        var max = shown.Max(a => a.Documents);
        // Room at the right for the count written after the longest bar.
        plot.Axes.SetLimits(0, max * 1.1 + 0.4, -0.6, shown.Count - 0.4);
        plot.ShowLegend(ChartParts.TypeLegend(shown.Select(a => a.Actor.Type), wording), Alignment.LowerRight);
        ChartTheme.Apply(plot);
        barPlot.ValueLabelStyle.FontSize = ChartTheme.TickLabelSize;
        barPlot.ValueLabelStyle.ForeColor = ChartTheme.TextColor;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        return plot;
    }
}
