using System.Globalization;

namespace Analysis.Reporting.Layout.Text;

/// <summary>
/// Text laid out in at most a number of lines, cut with an ellipsis when it needs more: for the places that
/// cannot grow or split, the running header and an entry of the table of contents, which a title of
/// 5,000 characters would otherwise push off the page.
/// </summary>
internal static class Ellipsis
{
    /// <summary>The lines of <paramref name="text"/> in <paramref name="width"/>, no more than <paramref name="maxLines"/>.</summary>
    public static IReadOnlyList<TextLine> Fit(string text, TextStyle style, float width, int maxLines, float leading = 1.3f)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineBreaker.Break([new TextRun(text, style)], width, leading);
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        // The longest start that fits with its ellipsis, found by halving: the text can be one huge word.
        var elements = StringInfo.ParseCombiningCharacters(text);
        var (fits, overflows) = (0, elements.Length);
        while (overflows - fits > 1)
        {
            var middle = (fits + overflows) / 2;
            (fits, overflows) = Cut(text, elements[middle], style, width, leading).Count <= maxLines ? (middle, overflows) : (fits, middle);
        }

        return Cut(text, elements[fits], style, width, leading);
    }

    private static IReadOnlyList<TextLine> Cut(string text, int length, TextStyle style, float width, float leading) =>
        LineBreaker.Break([new TextRun(text[..length].TrimEnd() + "…", style)], width, leading);
}
