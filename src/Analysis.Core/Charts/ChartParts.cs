using Analysis.Core.Actors;
using ScottPlot;
using ScottPlot.Plottables;
using TextPlottable = ScottPlot.Plottables.Text;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>Pieces every chart builds with: the "no data" plot, themed text, category ticks, type legends.</summary>
internal static class ChartParts
{
    /// <summary>
    /// A plot that says there is nothing to draw, with the chart's title: a notebook cell or a briefing page
    /// then shows why the chart is blank instead of failing on an empty period or a filter that left nothing.
    /// </summary>
    public static Plot NoData(string message, string title)
    {
        var plot = new Plot();
        plot.Title(title);
        var text = AddText(plot, message, 0, 0, ChartTheme.AxisLabelSize, ChartTheme.MutedTextColor);
        text.LabelStyle.Alignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        ChartTheme.Apply(plot);
        plot.HideAxesAndGrid();
        // Hiding the axes hides the title panel too; the title says which chart is empty.
        plot.Axes.Title.IsVisible = true;
        return plot;
    }

    /// <summary>Adds a text in the theme's font at a data position.</summary>
    public static TextPlottable AddText(Plot plot, string text, double x, double y, float size, Color color, bool bold = false)
    {
        var label = plot.Add.Text(text, x, y);
        ChartTheme.Style(label.LabelStyle, size, color, bold);
        return label;
    }

    /// <summary>Category ticks: <paramref name="labels"/>[i] at position <paramref name="positions"/>[i], nothing else.</summary>
    public static NumericManual Ticks(IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        Tick[] ticks = [.. positions.Select((position, i) => Tick.Major(position, labels[i]))];
        // Never fewer than the labels: a long category axis must not lose names to a tick budget.
        return new NumericManual(ticks) { MaxTickCount = Math.Max(50, ticks.Length) };
    }

    /// <summary>Whole-number ticks for counts (no "0.5 articles"), written as <paramref name="wording"/> writes numbers.</summary>
    public static NumericAutomatic CountTicks(ChartWording wording) => new()
    {
        IntegerTicksOnly = true,
        LabelFormatter = wording.Count,
    };

    /// <summary>One legend item per actor type present, in the enum's order, in the type's colour: a
    /// swatch for bars, a dot for network nodes.</summary>
    public static IEnumerable<LegendItem> TypeLegend(IEnumerable<ActorType> types, ChartWording wording, bool dots = false) =>
        types.Distinct().Order().Select(type => dots
            ? Dot(wording.TypeName(type), ChartTheme.ColorOf(type))
            : new LegendItem { LabelText = wording.TypeName(type), FillColor = ChartTheme.ColorOf(type) });

    /// <summary>A legend item drawn as a filled dot.</summary>
    public static LegendItem Dot(string label, Color color) => new()
    {
        LabelText = label,
        MarkerShape = MarkerShape.FilledCircle,
        MarkerFillColor = color,
        MarkerLineColor = color,
        MarkerSize = 11,
    };

    /// <summary>
    /// Turns the bottom axis's tick labels by 45° (reading upwards, each ending at its tick) and makes the axis
    /// tall enough for the longest: ScottPlot sizes an axis for level labels, so turned ones would run over
    /// the axis label and off the figure.
    /// </summary>
    public static void SlantBottomLabels(Plot plot, IEnumerable<string> labels)
    {
        var style = plot.Axes.Bottom.TickLabelStyle;
        style.Rotation = -45;
        style.Alignment = Alignment.MiddleRight;
        // Clear of the frame, so the end of a name does not touch the data area.
        style.OffsetY = 5;
        using var font = new SKFont(ChartFonts.Regular, style.FontSize);
        var widest = labels.Select(label => font.MeasureText(label)).DefaultIfEmpty(0).Max();
        var turned = (widest + style.FontSize) * (float)Math.Sin(Math.PI / 4);
        plot.Axes.Bottom.MinimumSize = turned + 12 + (plot.Axes.Bottom.Label.IsVisible && plot.Axes.Bottom.Label.Text.Length > 0 ? plot.Axes.Bottom.Label.FontSize * 2 : 0);
    }

    /// <summary>A name cut to <paramref name="max"/> characters with an ellipsis, so one long institution
    /// name does not squeeze a whole axis or push a legend off the figure; on one line and made drawable
    /// first (see <see cref="ChartText"/>), since names come from articles.</summary>
    public static string Shorten(string name, int max = 32) => ChartText.Label(name, max);

    /// <summary>Hides tick labels, tick marks, frame and grid but keeps the title and the bottom axis label,
    /// for charts whose coordinates mean nothing (a network drawing) and whose caption sits below.</summary>
    public static void HideFrame(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.IsVisible = false;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
        }

        plot.Grid.IsVisible = false;
    }
}
