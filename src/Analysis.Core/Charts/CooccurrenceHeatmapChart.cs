using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;
using ScottPlot.Colormaps;
using ScottPlot.Plottables;

namespace Analysis.Core.Charts;

/// <summary>
/// Actors × actors for one period and window: each cell a count or measure of the pair's ties, the actors
/// ordered by community (blocks along the diagonal), strength or name, names on both axes, a colour bar,
/// and the value written in each cell while the matrix is small enough to read. Counts use a light-to-dark
/// blue scale from zero; signed measures (NPMI, PMI, G²) a blue–white–red scale centred on zero.
/// </summary>
public static class CooccurrenceHeatmapChart
{
    // Past this many actors the cells are too small to carry their numbers.
    private const int MaxAnnotated = 25;

    /// <summary>
    /// The heatmap of the <paramref name="top"/> strongest actors of <paramref name="period"/> (the whole corpus
    /// when null) in <paramref name="window"/>, cells showing <paramref name="measure"/>. The diagonal, and a
    /// measure of a pair that never co-occurs, are left blank. The texts and numbers are in
    /// <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 2.</exception>
    public static Plot Create(
        CooccurrenceCounts counts,
        Period? period = null,
        CooccurrenceWindow window = CooccurrenceWindow.Document,
        TieMeasure measure = TieMeasure.Documents,
        int top = 20,
        ActorOrder order = ActorOrder.Community,
        string? title = null,
        ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ChartFonts.Register();
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 2);
        var shown = period ?? Period.All;
        wording ??= ChartWording.English;
        title ??= wording.HeatmapTitle(shown);
        var network = NetworkMeasures.Of(counts, shown, new NetworkOptions { Window = window, Weight = WeightOf(measure) });
        if (network.Count == 0)
        {
            return ChartParts.NoData(wording.NoActorsIn(shown, window), title);
        }

        var actors = Order(network.Take(top).ToList(), order);
        var matrix = Matrix(actors, counts.RowsOf(shown, window), measure);
        if (!matrix.Cast<double>().Any(double.IsFinite))
        {
            // One actor alone, or a measure undefined for every pair (NPMI of a one-article period).
            return ChartParts.NoData(wording.NoMeasureIn(measure, shown, window), title);
        }

        var plot = new Plot();
        plot.Title(title);
        var n = actors.Count;
        var heatmap = plot.Add.Heatmap(matrix);
        // Rectangle sets the cells' outer edges (Extent would set the corner cells' centres): cell (i, j) is
        // centred on column j and row n - 1 - i, where the ticks are.
        heatmap.Rectangle = new CoordinateRect(-0.5, n - 0.5, -0.5, n - 0.5);
        // Cells as vector rectangles: a bitmap would be blurred by SVG viewers and PDF readers.
        heatmap.RenderStrategy = new Heatmap.RenderStrategies.Rectangles();
        heatmap.NaNCellColor = ChartTheme.NoValueColor;
        var (low, high) = Range(matrix, measure);
        // Blues runs dark to light; reversed, "never together" is the lightest cell.
        heatmap.Colormap = IsSigned(measure) ? new Balance() : new Reversed(new Blues());
        heatmap.ManualRange = new ScottPlot.Range(low, high);
        if (n <= MaxAnnotated)
        {
            Annotate(plot, matrix, measure, low, high, wording);
        }

        if (order == ActorOrder.Community)
        {
            Separate(plot, actors);
        }

        var names = actors.Select(a => ChartParts.Shorten(a.Actor.Name)).ToList();
        plot.Axes.Left.TickGenerator = ChartParts.Ticks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], names);
        plot.Axes.Bottom.TickGenerator = ChartParts.Ticks([.. Enumerable.Range(0, n).Select(i => (double)i)], names);
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = wording.MeasureLabel(measure, window);
        bar.Axis.TickGenerator = measure switch
        {
            TieMeasure.Npmi => Scale([-1, -0.5, 0, 0.5, 1], wording),
            TieMeasure.Jaccard => Scale([0, 0.25, 0.5, 0.75, 1], wording),
            // Not the machine's culture, which ScottPlot's own labels follow.
            _ when IsSigned(measure) => new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = value => Signed(value, wording) },
            _ => ChartParts.CountTicks(wording),
        };

        // Two lines: one line of this length runs off a notebook-sized figure.
        plot.XLabel(wording.HeatmapCaption(n, window, order));
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        ChartTheme.Apply(plot);
        ChartTheme.Style(plot.Axes.Bottom.Label, ChartTheme.TickLabelSize, ChartTheme.MutedTextColor);
        ChartParts.SlantBottomLabels(plot, names);
        plot.Grid.IsVisible = false;
        // The cells line up with the names; tick marks would only read as stray apostrophes.
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        return plot;
    }

    // Communities come from the same count the cells show, so the blocks match what is drawn.
    private static TieWeight WeightOf(TieMeasure measure) => measure switch
    {
        TieMeasure.Stories => TieWeight.Stories,
        TieMeasure.Windows => TieWeight.Windows,
        _ => TieWeight.Documents,
    };

    private static bool IsSigned(TieMeasure measure) => measure is TieMeasure.Npmi or TieMeasure.Pmi or TieMeasure.LogLikelihood;

    private static List<NetworkRow> Order(List<NetworkRow> actors, ActorOrder order) => order switch
    {
        // The network rows come strongest first; a stable sort keeps that order inside each community.
        ActorOrder.Community => [.. actors.OrderBy(a => a.Community)],
        ActorOrder.Name => [.. actors.OrderBy(a => a.Actor.Name, StringComparer.Ordinal)],
        _ => actors,
    };

    private static double[,] Matrix(List<NetworkRow> actors, IEnumerable<CooccurrenceRow> rows, TieMeasure measure)
    {
        var n = actors.Count;
        var position = actors.Select((a, i) => (a.Actor.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                // A count of a pair never seen together is 0; a measure of it is undefined, so blank.
                matrix[i, j] = i == j || !IsCount(measure) ? double.NaN : 0;
            }
        }

        foreach (var row in rows)
        {
            if (position.TryGetValue(row.A.Id, out var a) && position.TryGetValue(row.B.Id, out var b))
            {
                matrix[a, b] = matrix[b, a] = ValueOf(row, measure);
            }
        }

        return matrix;
    }

    private static bool IsCount(TieMeasure measure) => measure is TieMeasure.Documents or TieMeasure.Stories or TieMeasure.Windows;

    private static double ValueOf(CooccurrenceRow row, TieMeasure measure) => measure switch
    {
        TieMeasure.Documents => row.Documents,
        TieMeasure.Stories => row.Stories,
        TieMeasure.Windows => row.Weight,
        TieMeasure.Jaccard => row.Jaccard,
        TieMeasure.Npmi => row.Npmi,
        TieMeasure.Pmi => row.Pmi,
        _ => row.LogLikelihood,
    };

    // Counts from zero, so the lightest cell means "never together"; signed measures symmetric around zero,
    // so white means "as often as chance"; NPMI on its whole −1…1 scale, comparable between charts.
    private static (double Low, double High) Range(double[,] matrix, TieMeasure measure)
    {
        var values = matrix.Cast<double>().Where(double.IsFinite).ToList();
        var largest = values.Count == 0 ? 1 : Math.Max(values.Max(Math.Abs), 1e-9);
        return measure switch
        {
            TieMeasure.Npmi => (-1, 1),
            TieMeasure.Jaccard => (0, 1),
            _ when IsSigned(measure) => (-largest, largest),
            _ => (0, Math.Max(largest, 1)),
        };
    }

    // The fixed ticks of a bounded measure.
    private static ScottPlot.TickGenerators.NumericManual Scale(double[] positions, ChartWording wording) =>
        ChartParts.Ticks(positions, [.. positions.Select(p => Signed(p, wording))]);

    // A tick of a signed measure: a true minus sign, the language's decimal mark and digit groups.
    private static string Signed(double value, ChartWording wording) =>
        (value < 0 ? "−" : string.Empty) + Math.Abs(value).ToString("#,0.##", wording.Culture);

    private static void Annotate(Plot plot, double[,] matrix, TieMeasure measure, double low, double high, ChartWording wording)
    {
        var n = matrix.GetLength(0);
        var size = n > 15 ? ChartTheme.AnnotationSize - 1 : ChartTheme.AnnotationSize;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var value = matrix[i, j];
                if (!double.IsFinite(value) || (IsCount(measure) && value == 0))
                {
                    continue;
                }

                // White on the dark end of either scale, dark text elsewhere.
                var strength = IsSigned(measure) ? Math.Abs(value) / high : (value - low) / (high - low);
                var color = strength > 0.55 ? Colors.White : ChartTheme.TextColor;
                var text = IsCount(measure) ? wording.Count(value) : wording.Number(value, measure == TieMeasure.LogLikelihood ? 1 : 2);
                var label = ChartParts.AddText(plot, text, j, n - 1 - i, size, color);
                label.LabelStyle.Alignment = Alignment.MiddleCenter;
            }
        }
    }

    private static void Separate(Plot plot, List<NetworkRow> actors)
    {
        var n = actors.Count;
        for (var k = 1; k < n; k++)
        {
            if (actors[k].Community == actors[k - 1].Community)
            {
                continue;
            }

            foreach (var line in new[] { plot.Add.Line(k - 0.5, -0.5, k - 0.5, n - 0.5), plot.Add.Line(-0.5, n - k - 0.5, n - 0.5, n - k - 0.5) })
            {
                line.LineColor = ChartTheme.TextColor;
                line.LineWidth = 1.5f;
                line.MarkerSize = 0;
            }
        }
    }
}
