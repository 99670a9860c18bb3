using Analysis.Core.Actors;
using Analysis.Core.Charts;
using ScottPlot;

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
    public void License_IsEmbedded_WithTheFonts()
    {
        Assert.Contains("Bitstream", EmbeddedFonts.License(), StringComparison.Ordinal);
    }
}
