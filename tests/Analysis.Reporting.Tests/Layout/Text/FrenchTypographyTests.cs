using Analysis.Core.Charts;
using Analysis.Reporting.Layout.Text;
using SkiaSharp;

namespace Analysis.Reporting.Tests.Layout.Text;

public sealed class FrenchTypographyTests
{
    private const char Nbsp = '\u00A0';
    private const char Narrow = '\u202F';

    public static TheoryData<string, string> Cases => new()
    {
        { "Attention : non", $"Attention{Nbsp}: non" },
        { "non ; oui", $"non{Narrow}; oui" },
        { "oui !", $"oui{Narrow}!" },
        { "quoi ?", $"quoi{Narrow}?" },
        { "« mot »", $"«{Nbsp}mot{Nbsp}»" },
        { "Attention : non ; oui ! quoi ? « mot »", $"Attention{Nbsp}: non{Narrow}; oui{Narrow}! quoi{Narrow}? «{Nbsp}mot{Nbsp}»" },
        { "https://x", "https://x" },
        { "10:30", "10:30" },
        { "voir https://x.org/a?b=1 à 10:30 !", $"voir https://x.org/a?b=1 à 10:30{Narrow}!" },
        { "sans ponctuation", "sans ponctuation" },
        { string.Empty, string.Empty },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_MakesSpacesAroundPunctuationNonBreaking_WhereFrenchTypographyWantsThem(string text, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(text));
    }

    [Fact]
    public void Apply_ChangesOnlySpaces_WhenItChangesAnything()
    {
        const string text = "Attention : non ; oui ! quoi ? « mot » https://x 10:30";

        var result = FrenchTypography.Apply(text);

        Assert.Equal(text.Length, result.Length);
        Assert.All(text.Zip(result), p => Assert.True(p.First == p.Second || (p.First == ' ' && p.Second is Nbsp or Narrow), $"'{p.First}' became '{p.Second}'"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void EmbeddedFaces_HaveAGlyphForEveryCharacterFrenchTypographyWrites_WhenAnyFaceIsUsed(bool bold, bool italic)
    {
        using var font = new SKFont(EmbeddedFonts.Face(bold, italic), 10f);

        Assert.True(font.ContainsGlyphs($"{Nbsp}{Narrow}«»’–"));
    }
}
