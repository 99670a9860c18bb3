namespace Analysis.Reporting.Layout;

/// <summary>
/// The room a block is offered: its width, the height left on the page, and whether it would be the first
/// thing on the page (a block that does not fit a whole page must split there, or it would never be placed).
/// </summary>
internal readonly record struct LayoutSpace(float Width, float Height, bool AtPageTop)
{
    /// <summary>Rounding slack, so a block that fits exactly is not pushed to the next page by a float error.</summary>
    public const float Tolerance = 0.01f;

    /// <summary>The space below a part <paramref name="used"/> points high, no longer at the top of the page.</summary>
    public LayoutSpace Below(float used) => this with { Height = Height - used, AtPageTop = false };
}
