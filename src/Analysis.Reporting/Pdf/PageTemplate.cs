using Analysis.Reporting.Fluent;
using SkiaSharp;

namespace Analysis.Reporting.Pdf;

/// <summary>
/// The page: its size in points and its margins. The running header sits in the top margin and the footer
/// in the bottom one, so the content area is what is left inside the margins.
/// </summary>
internal sealed record PageTemplate(SKSize Size, float Left, float Top, float Right, float Bottom)
{
    /// <summary>A4 or US Letter with 2 cm side margins and room for the header and the footer.</summary>
    public static PageTemplate For(PageSize size) => size switch
    {
        PageSize.Letter => new PageTemplate(new SKSize(612f, 792f), 60f, 66f, 60f, 58f),
        _ => new PageTemplate(new SKSize(595.28f, 841.89f), 57f, 66f, 57f, 58f),
    };

    /// <summary>The area the content flows in.</summary>
    public SKRect Content => new(Left, Top, Size.Width - Right, Size.Height - Bottom);
}
