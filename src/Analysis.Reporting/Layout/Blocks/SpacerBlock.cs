namespace Analysis.Reporting.Layout.Blocks;

/// <summary>Empty vertical space; at the foot of a page it shrinks to what is left rather than push content on.</summary>
internal sealed class SpacerBlock(float height) : Block
{
    /// <summary>The space, in points.</summary>
    public float Height { get; } = height >= 0 ? height : throw new ArgumentOutOfRangeException(nameof(height), height, "A spacer cannot be negative.");

    /// <inheritdoc />
    public override float Measure(float width) => Height;

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space) =>
        Height <= space.Height + LayoutSpace.Tolerance ? BlockSplit.Whole(this) : BlockSplit.Whole(new SpacerBlock(Math.Max(0f, space.Height)));

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
    }
}
