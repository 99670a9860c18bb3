namespace Analysis.Reporting.Layout.Blocks;

/// <summary>Ends the page: what follows starts on a new one. It has no height and draws nothing.</summary>
internal sealed class PageBreakBlock : Block
{
    /// <summary>The page break; it has no state, so one serves every document.</summary>
    public static PageBreakBlock Instance { get; } = new();

    /// <inheritdoc />
    public override float Measure(float width) => 0f;

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
    }
}
