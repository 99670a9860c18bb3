namespace Analysis.Reporting.Layout;

/// <summary>
/// A piece of a document that measures itself, splits itself when the space left on a page is too small,
/// and draws itself. Blocks are immutable: a split returns new blocks for the part that fits and for the
/// rest, so the page loop keeps no hidden state and laying out twice gives the same pages.
/// </summary>
internal abstract class Block
{
    /// <summary>Space wanted above the block; between two blocks the larger of the two spaces is used, none at the top of a page.</summary>
    public virtual float SpaceBefore => 0f;

    /// <summary>Space wanted below the block.</summary>
    public virtual float SpaceAfter => 0f;

    /// <summary>Whether the block must share a page with the start of the block after it (a heading).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>The height of the whole block drawn <paramref name="width"/> points wide.</summary>
    public abstract float Measure(float width);

    /// <summary>
    /// Splits the block into the part that fits <paramref name="space"/> and the rest. The default suits a
    /// block that cannot split: whole when it fits, otherwise nothing.
    /// </summary>
    public virtual BlockSplit Split(LayoutSpace space) =>
        Measure(space.Width) <= space.Height + LayoutSpace.Tolerance ? BlockSplit.Whole(this) : BlockSplit.Nothing(this);

    /// <summary>Draws the whole block with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public abstract void Draw(DrawContext context, float left, float top, float width);
}
