using SkiaSharp;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>A quotation set off from the text: indented, with a coloured bar on its left on every page it spans.</summary>
internal sealed class QuoteBlock(Block content, SKColor bar) : Block
{
    private const float Indent = 14f;
    private const float BarWidth = 2.5f;

    /// <summary>The quotation and its source line.</summary>
    public Block Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc />
    public override float SpaceBefore => 4f;

    /// <inheritdoc />
    public override float SpaceAfter => 8f;

    /// <inheritdoc />
    public override float Measure(float width) => Content.Measure(width - Indent);

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        var split = Content.Split(space with { Width = space.Width - Indent });
        return split switch
        {
            { Head: null } => BlockSplit.Nothing(this),
            { Rest: null } => BlockSplit.Whole(this),
            _ => new BlockSplit(new QuoteBlock(split.Head, bar), new QuoteBlock(split.Rest, bar)),
        };
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        using var paint = new SKPaint { Color = bar, IsAntialias = true };
        context.Canvas.DrawRect(new SKRect(left + 2f, top, left + 2f + BarWidth, top + Measure(width)), paint);
        Content.Draw(context, left + Indent, top, width - Indent);
    }
}
