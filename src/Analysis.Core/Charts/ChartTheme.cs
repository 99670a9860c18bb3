using Analysis.Core.Actors;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.Plottables;
using TextPlottable = ScottPlot.Plottables.Text;

namespace Analysis.Core.Charts;

/// <summary>
/// The one look of every chart: the Okabe–Ito palette (told apart with the common colour-vision
/// deficiencies), one fixed colour per actor type wherever an actor is drawn, the embedded DejaVu Sans, the
/// sizes of titles, labels and ticks, a white background and a light grid. Charts call <see cref="Apply"/>
/// once their content is added (so every label takes the theme's font), then adjust what they need.
/// </summary>
public static class ChartTheme
{
    /// <summary>The Okabe–Ito palette: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black.</summary>
    public static IReadOnlyList<Color> OkabeIto { get; } =
    [
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#009E73"), Color.FromHex("#F0E442"),
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#CC79A7"), Color.FromHex("#000000"),
    ];

    /// <summary>Colours of Louvain communities 0, 1, 2, …; communities beyond the palette share <see cref="OtherCommunityColor"/>
    /// rather than reuse a colour, which would merge two communities to the eye.</summary>
    public static IReadOnlyList<Color> CommunityPalette { get; } =
        [OkabeIto[4], OkabeIto[0], OkabeIto[2], OkabeIto[5], OkabeIto[1], OkabeIto[6], OkabeIto[7]];

    /// <summary>The colour of communities past the end of <see cref="CommunityPalette"/>.</summary>
    public static Color OtherCommunityColor { get; } = Color.FromHex("#A0A0A0");

    /// <summary>The font every chart writes with (the embedded DejaVu Sans).</summary>
    public static string FontName => ChartFonts.Family;

    /// <summary>Figure and data background.</summary>
    public static Color Background { get; } = Colors.White;

    /// <summary>Titles, labels and tick labels.</summary>
    public static Color TextColor { get; } = Color.FromHex("#222222");

    /// <summary>Secondary text: captions, notes, the "no data" message.</summary>
    public static Color MutedTextColor { get; } = Color.FromHex("#5A5A5A");

    /// <summary>Grid lines: light, so they guide the eye without competing with the data.</summary>
    public static Color GridColor { get; } = Color.FromHex("#E4E4E4");

    /// <summary>Axis frames and tick marks.</summary>
    public static Color FrameColor { get; } = Color.FromHex("#9A9A9A");

    /// <summary>Network edges (drawn translucent, so crossings stay readable).</summary>
    public static Color EdgeColor { get; } = Color.FromHex("#5F6B7A");

    /// <summary>Cells without a value (a heatmap's diagonal, a measure with no tie).</summary>
    public static Color NoValueColor { get; } = Color.FromHex("#E2E2E2");

    /// <summary>Title size, in pixels.</summary>
    public static float TitleSize => 18;

    /// <summary>Axis label size, in pixels.</summary>
    public static float AxisLabelSize => 14;

    /// <summary>Tick label size, in pixels.</summary>
    public static float TickLabelSize => 12;

    /// <summary>Legend text size, in pixels.</summary>
    public static float LegendSize => 12;

    /// <summary>Labels inside the data area (node names, cell values), in pixels: small, so they fit.</summary>
    public static float AnnotationSize => 11;

    /// <summary>The colour of an actor type, the same in every chart: persons vermillion, organizations
    /// blue, countries bluish green, places reddish purple.</summary>
    public static Color ColorOf(ActorType type) => type switch
    {
        ActorType.Person => OkabeIto[5],
        ActorType.Organization => OkabeIto[4],
        ActorType.Country => OkabeIto[2],
        ActorType.Place => OkabeIto[6],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown actor type."),
    };

    /// <summary>The colour of Louvain community <paramref name="community"/> (0 the largest).</summary>
    public static Color CommunityColor(int community) =>
        community >= 0 && community < CommunityPalette.Count ? CommunityPalette[community] : OtherCommunityColor;

    /// <summary>
    /// The colour of the <paramref name="rank"/>-th actor of one type in a chart that tells actors apart by
    /// colour (a timeline): the type's colour, then darker and lighter shades of it, so a colour never
    /// says "organization" in one chart and "Burkina Faso" in the next. Lightness, unlike hue, survives
    /// colour blindness. Ten shades, as many as a timeline shows actors: with five, the sixth country of a
    /// large corpus's timeline took the first one's colour.
    /// </summary>
    public static Color ShadeOf(ActorType type, int rank)
    {
        var shades = new[] { 0.0, -0.35, 0.35, -0.6, 0.55, -0.18, 0.18, -0.75, 0.45, -0.48 };
        var shade = shades[((rank % shades.Length) + shades.Length) % shades.Length];
        var color = ColorOf(type);
        return shade < 0 ? color.Darken(-shade) : shade > 0 ? color.Lighten(shade) : color;
    }

    /// <summary>
    /// Applies the theme to <paramref name="plot"/>: backgrounds, grid, axes, title, legend, colour bars and
    /// the font of every text already added (whose size and colour are kept). The legend keeps the items it
    /// has at this point, so call it once the plottables with a legend text are added.
    /// </summary>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ChartFonts.Register();
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Background;
        Style(plot.Axes.Title.Label, TitleSize, TextColor, bold: true);
        // Centred on the figure, not on the data area, which a legend or colour bar pushes aside.
        plot.Axes.Title.FullFigureCenter = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            StyleAxis(axis);
        }

        foreach (var bar in plot.Axes.GetPanels().OfType<ColorBar>())
        {
            StyleAxis(bar.Axis);
            Style(bar.LabelStyle, AxisLabelSize, TextColor);
        }

        plot.Grid.MajorLineColor = GridColor;
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontColor = TextColor;
        plot.Legend.OutlineColor = GridColor;
        plot.Legend.BackgroundColor = Background.WithAlpha(0.92);
        plot.Legend.ShadowColor = Colors.Transparent;
        // ScottPlot would otherwise swap in whichever installed font it guesses covers the text.
        plot.Legend.SetBestFontOnEachRender = false;
        SettleLegendLabels(plot);
        foreach (var text in plot.GetPlottables<TextPlottable>())
        {
            text.LabelStyle.FontName = FontName;
        }

        foreach (var bars in plot.GetPlottables<BarPlot>())
        {
            bars.ValueLabelStyle.FontName = FontName;
        }
    }

    // ScottPlot draws a legend label a few pixels above the centre of its symbol and clips the items to the
    // legend's box, which cut off the accent of a capital on the first row ("Ébonie" read "Ebonie"). Each
    // label is set down a quarter of its size; the items become manual ones, which keep their own style.
    private static void SettleLegendLabels(Plot plot)
    {
        var items = plot.Legend.GetItems();
        plot.Legend.ManualItems.Clear();
        foreach (var item in items)
        {
            item.LabelStyle.OffsetY = LegendSize / 4;
            plot.Legend.ManualItems.Add(item);
        }

        plot.Legend.DisplayPlottableLegendItems = false;
    }

    /// <summary>Sets a label's font, size and colour.</summary>
    internal static void Style(LabelStyle label, float size, Color color, bool bold = false)
    {
        label.FontName = FontName;
        label.FontSize = size;
        label.ForeColor = color;
        label.Bold = bold;
    }

    private static void StyleAxis(IAxis axis)
    {
        Style(axis.Label, AxisLabelSize, TextColor);
        Style(axis.TickLabelStyle, TickLabelSize, TextColor);
        axis.FrameLineStyle.Color = FrameColor;
        axis.MajorTickStyle.Color = FrameColor;
        // Minor ticks add texture, not information, to counts and category axes.
        axis.MinorTickStyle.Length = 0;
    }
}
