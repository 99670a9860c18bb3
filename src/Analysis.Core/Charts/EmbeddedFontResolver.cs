using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// Answers ScottPlot's typeface requests for <see cref="ChartFonts.Family"/> with the embedded DejaVu Sans
/// faces, and no other name (null lets ScottPlot ask the next resolver).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        string.Equals(fontName, ChartFonts.Family, StringComparison.OrdinalIgnoreCase)
            ? EmbeddedFonts.Face(weight >= FontWeight.SemiBold, slant != FontSlant.Upright)
            : null;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
