using System.Text.RegularExpressions;
using Analysis.Core.Notebook;
using ScottPlot;

namespace Analysis.Core.Tests.Notebook;

public sealed partial class NotebookDisplayPlotTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Format_GivesPngAndADataUriImage_WhenValueIsAPlot()
    {
        var outputs = NotebookDisplay.Format(SmallPlot());

        var png = Convert.FromBase64String(outputs[MimeTypes.Png]);
        Assert.Equal(PngSignature, png.Take(8));
        var match = DataUri().Match(outputs[MimeTypes.Html]);
        Assert.True(match.Success, outputs[MimeTypes.Html][..Math.Min(200, outputs[MimeTypes.Html].Length)]);
        Assert.Equal(PngSignature, Convert.FromBase64String(match.Groups["data"].Value).Take(8));
    }

    [Fact]
    public void Format_DrawsAtTheDefaultSize_WhenPlotHasNoSizeOfItsOwn()
    {
        var png = Convert.FromBase64String(NotebookDisplay.Format(SmallPlot())[MimeTypes.Png]);

        Assert.Equal((NotebookDisplay.Options.PlotWidth, NotebookDisplay.Options.PlotHeight), PngSize(png));
    }

    [Fact]
    public void Format_DrawsAtItsOwnSize_WhenPlotIsSized()
    {
        var outputs = NotebookDisplay.Format(new SizedPlot(SmallPlot(), 300, 200));

        Assert.Equal((300, 200), PngSize(Convert.FromBase64String(outputs[MimeTypes.Png])));
        Assert.Contains("width=\"300\" height=\"200\"", outputs[MimeTypes.Html], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GivesTheSameBytes_WhenTheSamePlotIsFormattedTwice()
    {
        Assert.Equal(NotebookDisplay.Format(SmallPlot())[MimeTypes.Png], NotebookDisplay.Format(SmallPlot())[MimeTypes.Png]);
    }

    [Fact]
    public void Format_GivesOnlyTheImage_WhenOnlyPngIsAskedFor()
    {
        var outputs = NotebookDisplay.Format(SmallPlot(), [MimeTypes.Png]);

        Assert.Equal([MimeTypes.Png], outputs.Keys);
        Assert.Equal(PngSignature, Convert.FromBase64String(outputs[MimeTypes.Png]).Take(8));
    }

    private static Plot SmallPlot()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { 1, 4, 9 });
        plot.Title("Mentions <b>par</b> mois");
        return plot;
    }

    // The IHDR chunk follows the signature: 4 bytes length, "IHDR", then width and height, big-endian.
    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)),
         System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    [GeneratedRegex("^<img src=\"data:image/png;base64,(?<data>[A-Za-z0-9+/=]+)\"", RegexOptions.None, 1000)]
    private static partial Regex DataUri();
}
