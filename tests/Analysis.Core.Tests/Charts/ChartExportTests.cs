using Analysis.Core.Charts;
using Analysis.Core.Tests.Support;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Tests.Charts;

public sealed class ChartExportTests
{
    private static Plot TopActors() => TopActorsChart.Create(SeedCooccurrence.Analysis.Actors.Actors);

    [Fact]
    public void SavePng_WritesAPngOfTheSize_AndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "top.png");

        ChartExport.SavePng(TopActors(), path, 640, 480);

        using var image = SKBitmap.Decode(path);
        Assert.Equal((640, 480), (image.Width, image.Height));
        Assert.Equal(["top.png"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void SavePng_ReplacesAnEarlierFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("top.png", "old");

        ChartExport.SavePng(TopActors(), path, 300, 200);

        Assert.Equal(0x89, File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void SaveSvg_KeepsFrenchNames_AsText()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "top.svg");

        ChartExport.SaveSvg(TopActors(), path);

        var svg = File.ReadAllText(path, System.Text.Encoding.UTF8);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Célestin Simporé", svg, StringComparison.Ordinal);
        Assert.Contains("Assimi Goïta", svg, StringComparison.Ordinal);
        Assert.Contains("Alliance des États du Sahel", svg, StringComparison.Ordinal);
        Assert.Contains("font-family=\"DejaVu Sans\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_PaintsInsideTheRectangle_Only()
    {
        using var bitmap = new SKBitmap(800, 600);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);

        ChartExport.Draw(TopActors(), canvas, new SKRect(200, 150, 600, 450));

        Assert.Equal(0, bitmap.GetPixel(100, 100).Alpha);
        Assert.Equal(0, bitmap.GetPixel(700, 500).Alpha);
        Assert.Equal(0, bitmap.GetPixel(400, 500).Alpha);
        Assert.Equal(0, bitmap.GetPixel(195, 300).Alpha);
        Assert.Equal(255, bitmap.GetPixel(205, 155).Alpha);
        Assert.Equal(255, bitmap.GetPixel(595, 445).Alpha);
    }

    [Fact]
    public void Draw_WritesVectorText_OnAPdfPage()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var page = document.BeginPage(595, 842);
            ChartExport.Draw(TopActors(), page, new SKRect(40, 60, 555, 400));
            document.EndPage();
            document.Close();
        }

        // A rasterised chart would be one image; drawn as vectors, the page embeds the chart's font.
        Assert.Contains("DejaVuSans", System.Text.Encoding.Latin1.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Save_Throws_OnBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => ChartExport.SavePng(null!, "x.png"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartExport.SavePng(TopActors(), "x.png", 0, 100));
        Assert.Throws<ArgumentException>(() => ChartExport.SaveSvg(TopActors(), " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartExport.Draw(TopActors(), new SKCanvas(new SKBitmap(10, 10)), SKRect.Empty));
    }
}
