using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// One item of a bullet or numbered list: the marker in a hanging indent, the content beside it. An item
/// split across pages shows its marker only on the first part.
/// </summary>
internal sealed class ListItemBlock(TextRun? marker, Block content, float indent, float spaceAfter) : Block
{
    /// <summary>The bullet or number; null on the continuation of a split item.</summary>
    public TextRun? Marker { get; } = marker;

    /// <summary>The item's content.</summary>
    public Block Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc />
    public override float SpaceAfter => spaceAfter;

    /// <inheritdoc />
    public override float Measure(float width) => Content.Measure(width - indent);

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        var split = Content.Split(space with { Width = space.Width - indent });
        return split switch
        {
            { Head: null } => BlockSplit.Nothing(this),
            { Rest: null } => BlockSplit.Whole(this),
            _ => new BlockSplit(new ListItemBlock(Marker, split.Head, indent, 0f), new ListItemBlock(null, split.Rest, indent, spaceAfter)),
        };
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        if (Marker is not null)
        {
            var lines = LineBreaker.Break([Marker], indent);
            TextPainter.Draw(context, lines, left, top, indent - 4f, TextAlignment.Right);
        }

        Content.Draw(context, left + indent, top, width - indent);
    }
}
