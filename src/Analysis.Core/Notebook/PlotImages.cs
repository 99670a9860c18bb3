using ScottPlot;

namespace Analysis.Core.Notebook;

/// <summary>A chart as PNG bytes and as the HTML image Polyglot Notebooks shows.</summary>
internal static class PlotImages
{
    public static byte[] Png(Plot plot, int width, int height) => plot.GetImageBytes(width, height, ImageFormat.Png);

    // A data URI keeps the notebook self-contained: the image shows on a code host and in VS Code without
    // any file beside the notebook.
    public static string ImgTag(byte[] png, int width, int height) =>
        $"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" width=\"{width}\" height=\"{height}\" alt=\"chart\" />";
}
