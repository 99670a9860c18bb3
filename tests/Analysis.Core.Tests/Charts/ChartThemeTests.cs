using Analysis.Core.Actors;
using Analysis.Core.Charts;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Tests.Charts;

public sealed class ChartThemeTests
{
    [Fact]
    public void ColorOf_GivesEachTypeItsOwnColour()
    {
        var colors = Enum.GetValues<ActorType>().Select(ChartTheme.ColorOf).ToList();

        Assert.Equal(colors.Count, colors.Distinct().Count());
    }

    [Fact]
    public void ShadeOf_GivesTenActorsOfOneType_TenColours()
    {
        // A timeline shows up to ten actors, and in a large corpus they are often all countries.
        var shades = Enumerable.Range(0, 10).Select(rank => ChartTheme.ShadeOf(ActorType.Country, rank)).ToList();

        Assert.Equal(10, shades.Distinct().Count());
    }

    [Fact]
    public void CommunityColor_GivesGrey_PastThePalette()
    {
        Assert.Equal(ChartTheme.CommunityPalette[0], ChartTheme.CommunityColor(0));
        Assert.Equal(ChartTheme.OtherCommunityColor, ChartTheme.CommunityColor(ChartTheme.CommunityPalette.Count));
    }

    [Fact]
    public void Apply_ResolvesTheChartFont_ToTheEmbeddedDejaVuSans()
    {
        ChartTheme.Apply(new Plot());

        var regular = Fonts.GetTypeface(ChartTheme.FontName, bold: false, italic: false);
        var bold = Fonts.GetTypeface(ChartTheme.FontName, bold: true, italic: false);

        Assert.Equal("DejaVu Sans", regular.FamilyName);
        Assert.Equal("DejaVu Sans", bold.FamilyName);
        Assert.True(bold.IsBold);
        Assert.True(regular.ContainsGlyphs("éèïÉ«»’–Goïta"));
    }

    [Fact]
    public void Apply_SetsTheChartFont_OnTitleAxesAndTexts()
    {
        var plot = new Plot();
        plot.Title("Célestin Simporé");
        var text = plot.Add.Text("Assimi Goïta", 0, 0);

        ChartTheme.Apply(plot);

        Assert.Equal(ChartTheme.FontName, plot.Axes.Title.Label.FontName);
        Assert.All(plot.Axes.GetAxes(), axis => Assert.Equal(ChartTheme.FontName, axis.TickLabelStyle.FontName));
        Assert.Equal(ChartTheme.FontName, text.LabelStyle.FontName);
        Assert.Equal(ChartTheme.FontName, plot.Legend.FontName);
    }

    [Fact]
    public void Apply_DrawsTheAccentOfACapital_OnTheLegendsFirstRow()
    {
        // "É" and "E" differ only by the accent: if the legend clips the top of its first row, both legends
        // come out alike.
        var accented = LegendPixels("Ébonie");
        var plain = LegendPixels("Ebonie");

        var differing = accented.Zip(plain).Count(p => p.First != p.Second);

        Assert.True(differing >= 20, $"only {differing} pixels differ: the accent is cut off");
    }

    [Fact]
    public void Apply_KeepsEveryLegendItem_WhenItsLabelsAreSetDown()
    {
        var plot = new Plot();
        plot.Add.Bars([1.0, 2.0]).LegendText = "Mali";
        plot.Add.Bars([2.0, 1.0]).LegendText = "Niger";
        plot.ShowLegend(Edge.Bottom);

        ChartTheme.Apply(plot);
        ChartTheme.Apply(plot);

        Assert.Equal(["Mali", "Niger"], plot.Legend.GetItems().Select(i => i.LabelText));
    }

    [Fact]
    public void License_IsEmbedded_WithTheFonts()
    {
        Assert.Contains("Bitstream", EmbeddedFonts.License(), StringComparison.Ordinal);
    }

    private static SKColor[] LegendPixels(string label)
    {
        var plot = new Plot();
        plot.Add.Bars([1.0, 2.0]).LegendText = label;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        ChartTheme.Apply(plot);
        plot.ScaleFactor = 4; // so the accent covers enough pixels to tell
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(1600, 960, ImageFormat.Png));
        return bitmap.Pixels;
    }
}
