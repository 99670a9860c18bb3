using Analysis.Core.Cooccurrence.Export;

namespace Analysis.Core.Tests.Cooccurrence.Export;

public class XmlTextTests
{
    [Theory]
    [InlineData(25.0, "25")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(-3.0, "-3")]
    [InlineData(1e14, "100000000000000")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.1234567, "0.123457")]
    [InlineData(2.5, "2.5")]
    [InlineData(1e-9, "0")]
    public void Number_WritesAtMostSixDecimalsWithAPoint_WhenTheValueIsWholeOrNot(double value, string expected)
    {
        Assert.Equal(expected, XmlText.Number(value));
        // The whole-number shortcut must read as the general format does.
        Assert.Equal(value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture), XmlText.Number(value));
    }

    [Fact]
    public void Number_WritesCountsAsDigits_WhenGivenAnInteger()
    {
        Assert.Equal("1234", XmlText.Number(1234));
        Assert.Equal("-7", XmlText.Number(-7));
    }

    [Fact]
    public void Clean_KeepsTheSameText_WhenNothingNeedsRemoving()
    {
        var name = "Assimi Goïta 🇲🇱";
        Assert.Equal(name, XmlText.Clean(name));
        var plain = "Confédération des États du Sahel";
        Assert.Same(plain, XmlText.Clean(plain));
    }

    [Fact]
    public void Clean_DropsControlsAndLoneSurrogates_WhenAScrapedNameHoldsThem()
    {
        Assert.Equal("Goïta", XmlText.Clean("Go\u0001ïta"));
        Assert.Equal("ab", XmlText.Clean("a\uD83Db\u0008"));
        Assert.Equal("🇲🇱x", XmlText.Clean("🇲🇱\u000Bx"));
    }
}
