using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// Actor names made fit for a chart. They come from articles and can hold anything; ScottPlot draws them
/// with Skia, without the bidi algorithm or a shaping engine, in DejaVu Sans:
/// <list type="bullet">
/// <item>line breaks and tabs become spaces: a line feed would start a second line in a one-line label,
/// a tab is drawn as a box;</item>
/// <item>controls (NUL, ESC…), U+FFFE/U+FFFF and half surrogate pairs become a visible U+FFFD;</item>
/// <item>bidi controls and U+FEFF are dropped: drawn in logical order anyway, they would only reorder the
/// text an SVG or a PDF gives when copied (U+202E turns "gnp.exe" into "exe.png");</item>
/// <item>a character DejaVu Sans lacks (CJK, most emoji, flags) becomes one U+FFFD per user-perceived
/// character: Skia draws it as an empty box in an image and leaves it out of an SVG's or a PDF's text
/// altogether, so the name would lose it without a trace.</item>
/// </list>
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
        var elements = StringInfo.GetTextElementEnumerator(OneLine(name));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var first = Rune.GetRuneAt(element, 0);
            if (HasGlyph(first.Value))
            {
                drawn.Add(element);
            }
            else if (Rune.GetUnicodeCategory(first) != UnicodeCategory.Format)
            {
                // A missing format character (a joiner or a tag on its own) has no look of its own and is
                // drawn as nothing, as Unicode asks; anything else is shown as missing.
                drawn.Add("\uFFFD");
            }
        }

        // The cut falls between user-perceived characters, never inside an emoji or before an accent.
        return drawn.Count <= max ? string.Concat(drawn) : string.Concat(drawn.Take(max - 1)).TrimEnd() + "…";
    }

    private static string OneLine(string name)
    {
        var line = new StringBuilder(name.Length);
        foreach (var rune in name.Replace("\r\n", "\n", StringComparison.Ordinal).EnumerateRunes())
        {
            line.Append(rune.Value switch
            {
                '\n' or '\r' or '\t' or '\v' or '\f' or 0x85 or 0x2028 or 0x2029 => " ",
                0x061C or 0x200E or 0x200F or 0xFEFF or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => string.Empty,
                _ when Rune.IsControl(rune) || (rune.Value & 0xFFFE) == 0xFFFE => "\uFFFD",
                _ => rune.ToString(),
            });
        }

        return line.ToString();
    }

    private static bool HasGlyph(int codePoint) => codePoint is >= ' ' and <= '~' || Glyphs.GetOrAdd(codePoint, c =>
    {
        using var font = new SKFont(ChartFonts.Regular);
        return font.GetGlyph(c) != 0;
    });
}
