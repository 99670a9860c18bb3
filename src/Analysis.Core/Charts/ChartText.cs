using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Analysis.Core.Text;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// Actor names made fit for a chart. They come from articles and can hold anything; ScottPlot draws them
/// with Skia, without the bidi algorithm or a shaping engine, in DejaVu Sans, so
/// the name is first cleaned onto one line by <see cref="DisplayText.OneLine"/>, the rule the PDF's text
/// follows too; then a character DejaVu Sans lacks (CJK, most emoji, flags) becomes one U+FFFD per
/// user-perceived character: Skia draws it as an empty box in an image and leaves it out of an SVG's or a
/// PDF's text altogether, so the name would lose it without a trace.
/// </summary>
internal static class ChartText
{
    private static readonly ConcurrentDictionary<int, bool> Glyphs = new();

    /// <summary><paramref name="name"/> drawable and on one line, cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Label(string name, int max)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var drawn = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(DisplayText.OneLine(name));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var first = Rune.GetRuneAt(element, 0);
            if (HasGlyph(first.Value))
            {
                drawn.Add(element);
            }
            else if (!DisplayText.IsDefaultIgnorable(first.Value))
            {
                // A missing format character (a joiner or a tag on its own) has no look of its own and is
                // drawn as nothing, as Unicode asks; anything else is shown as missing.
                drawn.Add(DisplayText.Replacement.ToString());
            }
        }

        // The cut falls between user-perceived characters, never inside an emoji or before an accent.
        return drawn.Count <= max ? string.Concat(drawn) : string.Concat(drawn.Take(max - 1)).TrimEnd() + "…";
    }

    private static bool HasGlyph(int codePoint) => codePoint is >= ' ' and <= '~' || Glyphs.GetOrAdd(codePoint, c =>
    {
        using var font = new SKFont(ChartFonts.Regular);
        return font.GetGlyph(c) != 0;
    });
}
