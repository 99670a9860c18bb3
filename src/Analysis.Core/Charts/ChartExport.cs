using Analysis.Core.IO;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// Writes a chart to a file or draws it onto a canvas, at the size it will be seen: a chart is laid out when
/// it is drawn (labels, ticks, node labels placed for the final pixel size), never drawn small and scaled.
/// Files are written under a temporary name and moved into place, so an interrupted export leaves the
/// previous file whole.
/// </summary>
public static class ChartExport
{
    /// <summary>Saves <paramref name="plot"/> as a PNG of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is below 1.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static void SavePng(Plot plot, string path, int width = 1200, int height = 800)
    {
        Check(plot, path, width, height);
        var bytes = plot.GetImageBytes(width, height, ImageFormat.Png);
        AtomicFile.WriteAllBytes(path, bytes);
    }

    /// <summary>Saves <paramref name="plot"/> as an SVG (UTF-8, text kept as text) of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is below 1.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static void SaveSvg(Plot plot, string path, int width = 1200, int height = 800)
    {
        Check(plot, path, width, height);
        var svg = plot.GetSvgXml(width, height);
        AtomicFile.WriteAllText(path, writer => writer.Write(svg));
    }

    /// <summary>
    /// Draws <paramref name="plot"/> into <paramref name="rect"/> of <paramref name="canvas"/>, as vectors when the
    /// canvas is a PDF page's: what a briefing's chart box calls while it draws its page.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rectangle is narrower or lower than one unit.</exception>
    public static void Draw(Plot plot, SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentOutOfRangeException.ThrowIfLessThan(rect.Width, 1f, nameof(rect));
        ArgumentOutOfRangeException.ThrowIfLessThan(rect.Height, 1f, nameof(rect));
        ChartFonts.Register();
        plot.Render(canvas, new PixelRect(left: rect.Left, right: rect.Right, bottom: rect.Bottom, top: rect.Top));
    }

    private static void Check(Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ChartFonts.Register();
    }
}
