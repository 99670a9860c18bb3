using Analysis.Core.Charts;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// A chart drawn as vectors straight onto the page, above its caption (number, title, source). The chart
/// is laid out at its design width, the size the charts are built and checked at, and scaled to the page,
/// so its labels keep their proportions. A figure never splits; on a page of its own that is too short it
/// shrinks to fit.
/// </summary>
internal sealed class FigureBlock(Plot plot, float aspect, Block caption, float? maxChartHeight = null) : Block
{
    /// <summary>The width in chart pixels the charts are designed for (a notebook's 800 × 533).</summary>
    public const float DesignWidth = 800f;

    private const float CaptionGap = 4f;

    /// <summary>The chart.</summary>
    public Plot Plot { get; } = plot ?? throw new ArgumentNullException(nameof(plot));

    /// <summary>The caption under the chart.</summary>
    public Block Caption { get; } = caption ?? throw new ArgumentNullException(nameof(caption));

    /// <inheritdoc />
    public override float SpaceBefore => 8f;

    /// <inheritdoc />
    public override float SpaceAfter => 12f;

    /// <inheritdoc />
    public override float Measure(float width) => ChartHeight(width) + CaptionGap + Caption.Measure(width);

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        if (Measure(space.Width) <= space.Height + LayoutSpace.Tolerance)
        {
            return BlockSplit.Whole(this);
        }

        var room = space.Height - CaptionGap - Caption.Measure(space.Width);
        return space.AtPageTop && room > 40f
            ? BlockSplit.Whole(new FigureBlock(Plot, aspect, Caption, room))
            : BlockSplit.Nothing(this);
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        var height = ChartHeight(width);
        var chartWidth = height * aspect;
        var x = left + ((width - chartWidth) / 2f);
        var scale = chartWidth / DesignWidth;
        var canvas = context.Canvas;
        if (context.Probing)
        {
            Caption.Draw(context, left, top + height + CaptionGap, width);
            return;
        }

        // ScottPlot renders again while a render moves the axis limits (the first one autoscales them); on a
        // PDF page each render stays, so the chart and its text would be there twice. Settle the limits on a
        // canvas that draws nothing, then draw once.
        var design = new SKRect(0, 0, DesignWidth, DesignWidth / aspect);
        using (var settle = new SKNoDrawCanvas((int)Math.Ceiling(design.Width), (int)Math.Ceiling(design.Height)))
        {
            ChartExport.Draw(Plot, settle, design);
        }

        canvas.Save();
        canvas.ClipRect(new SKRect(x, top, x + chartWidth, top + height));
        canvas.Translate(x, top);
        canvas.Scale(scale);
        ChartExport.Draw(Plot, canvas, design);
        canvas.Restore();
        Caption.Draw(context, left, top + height + CaptionGap, width);
    }

    private float ChartHeight(float width) => Math.Min(width / aspect, maxChartHeight ?? float.MaxValue);
}
