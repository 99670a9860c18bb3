using System.Collections.Concurrent;
using Analysis.Core.Charts;
using SkiaSharp;

namespace Analysis.Reporting.Layout.Text;

/// <summary>
/// One <see cref="SKFont"/> per style, over the embedded DejaVu faces: the same fonts measure a line and draw
/// it, so what was measured is what lands on the page, on any machine.
/// </summary>
internal static class FontCache
{
    private static readonly ConcurrentDictionary<(bool Bold, bool Italic, float Size), SKFont> Fonts = new();

    /// <summary>The font of <paramref name="style"/>.</summary>
    public static SKFont Of(TextStyle style) =>
        Fonts.GetOrAdd((style.Bold, style.Italic, style.Size), key => new SKFont(EmbeddedFonts.Face(key.Bold, key.Italic), key.Size)
        {
            Subpixel = true,
            LinearMetrics = true,
        });

    /// <summary>The advance width of <paramref name="text"/> in <paramref name="style"/>, in points.</summary>
    public static float Width(string text, TextStyle style) => text.Length == 0 ? 0f : Of(style).MeasureText(text);
}
