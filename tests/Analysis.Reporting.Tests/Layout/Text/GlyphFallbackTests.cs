using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Tests.Layout.Text;

public sealed class GlyphFallbackTests
{
    private static readonly TextStyle Body = TextStyle.Body;

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Has_FindsTheReplacementMark_InEveryFace(bool bold, bool italic)
    {
        Assert.True(GlyphFallback.Has(Body with { Bold = bold, Italic = italic }, 0xFFFD));
    }

    [Theory]
    [InlineData("中")]
    [InlineData("\uE000")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("🇫🇷")]
    [InlineData("👍🏽")]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿")]
    public void Prepare_DrawsOneReplacementMark_WhenNoFaceHasTheCharacter(string character)
    {
        var run = Assert.Single(GlyphFallback.Prepare([new TextRun($"a {character} b", Body)]));

        Assert.Equal("a \uFFFD b", run.Text);
    }

    [Theory]
    [InlineData("Célestin Simporé, « cœur » – l’État")]
    [InlineData("Ελλάδα Москва Հայաստան ქართული")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("שָׁלוֹם")]
    [InlineData("ⵜⴰⵎⴰⵣⵉⵖⵜ ߒߞߏ")]
    [InlineData("😀 ☺ ✈")]
    public void Prepare_KeepsTheRunAsItIs_WhenDejaVuHasEveryGlyph(string text)
    {
        TextRun[] runs = [new TextRun(text, Body), new TextRun(text, Body.AsBold())];

        Assert.Same(runs, GlyphFallback.Prepare(runs));
    }

    [Fact]
    public void Prepare_DrawsArabicUpright_WhenTheRunIsItalic()
    {
        // DejaVu Sans Oblique has no Arabic: upright letters beat replacement marks.
        var runs = GlyphFallback.Prepare([new TextRun("cité مرحبا بالعالم fin", Body.AsItalic())]);

        Assert.Equal(["cité ", "مرحبا بالعالم ", "fin"], runs.Select(r => r.Text));
        Assert.Equal([true, false, true], runs.Select(r => r.Style.Italic));
    }

    [Fact]
    public void Prepare_KeepsTheLinkOnEveryPart_WhenALinkedRunIsSplitByFace()
    {
        var link = LinkTarget.Internal("source-1");

        var runs = GlyphFallback.Prepare([new TextRun("ⵜⴰⵎⴰⵣⵉⵖⵜ source", Body.AsItalic(), link)]);

        Assert.True(runs.Count > 1);
        Assert.All(runs, r => Assert.Same(link, r.Link));
    }

    [Theory]
    [InlineData("\u05D0\u0591", "\u05D0\uFFFD")]
    [InlineData("1\uFE0F\u20E3", "1\uFE0F\uFFFD")]
    public void Prepare_KeepsTheLetterAndShowsTheMissingMark_WhenOnlyAMarkIsMissing(string text, string drawn)
    {
        Assert.Equal(drawn, Assert.Single(GlyphFallback.Prepare([new TextRun(text, Body)])).Text);
    }

    [Theory]
    [InlineData("a\u180Eb")]
    [InlineData("a\U000E0061b")]
    public void Prepare_DrawsNothing_WhenAMissingCharacterIsInvisibleByDefinition(string text)
    {
        Assert.Equal("ab", Assert.Single(GlyphFallback.Prepare([new TextRun(text, Body)])).Text);
    }

    [Theory]
    [MemberData(nameof(HostileText.Names), MemberType = typeof(HostileText))]
    public void Break_NeverExceedsTheWidth_WhenTheTextIsHostile(string name)
    {
        foreach (var width in new[] { 60f, 200f, 480f })
        {
            var lines = LineBreaker.Break([new TextRun(HostileText.Text(name), Body)], width);

            Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"'{l.Text}' is {l.Width} wide in {width}"));
            Assert.All(lines.SelectMany(l => l.Segments), s => Assert.Equal(FontCache.Width(s.Text, s.Run.Style), s.Width, 0.01f));
            Assert.All(lines.SelectMany(l => l.Segments), s => Assert.DoesNotContain(s.Text.EnumerateRunes(), r => !GlyphFallback.Has(s.Run.Style, r.Value) && r.Value != ' '));
        }
    }

    [Theory]
    [MemberData(nameof(HostileText.Names), MemberType = typeof(HostileText))]
    public void Break_ShowsTheReplacementMark_OnlyWhenSomethingCannotBeDrawn(string name)
    {
        var (text, replaced) = HostileText.Strings[name];

        var drawn = string.Concat(LineBreaker.Break([new TextRun(text, Body)], 480f).Select(l => l.Text));

        Assert.Equal(replaced, drawn.Contains(HostileText.Replacement, StringComparison.Ordinal));
    }
}
