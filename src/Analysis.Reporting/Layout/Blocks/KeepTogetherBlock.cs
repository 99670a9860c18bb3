namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// Keeps its content on one page: moved whole to the next page when it does not fit what is left, split
/// only when it is taller than a whole page.
/// </summary>
internal sealed class KeepTogetherBlock(Block content) : Block
{
    /// <summary>What is kept together.</summary>
    public Block Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc />
    public override float SpaceBefore => Content.SpaceBefore;

    /// <inheritdoc />
    public override float SpaceAfter => Content.SpaceAfter;

    /// <inheritdoc />
    public override bool KeepWithNext => Content.KeepWithNext;

    /// <inheritdoc />
    public override float Measure(float width) => Content.Measure(width);

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        if (Content.Measure(space.Width) <= space.Height + LayoutSpace.Tolerance)
        {
            return BlockSplit.Whole(this);
        }

        return space.AtPageTop ? Content.Split(space) : BlockSplit.Nothing(this);
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width) => Content.Draw(context, left, top, width);
}
