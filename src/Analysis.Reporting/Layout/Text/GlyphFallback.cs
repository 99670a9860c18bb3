using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Analysis.Core.Text;

namespace Analysis.Reporting.Layout.Text;

/// <summary>
/// Runs as DejaVu Sans will draw them, after <see cref="DisplayText"/>. A character the run's face lacks is
/// drawn from the upright face of the same weight, then the regular one (the oblique faces have no Arabic,
/// Tifinagh or N'Ko; upright letters in an italic quotation beat replacement marks), so a run splits where
/// its face changes. A character no face has is drawn as U+FFFD, once per user-perceived character (a
/// flag, an emoji ZWJ sequence): left to the font it would be glyph 0, an empty box or nothing at all,
/// and its text would be lost from the PDF without a trace. Letters are drawn unshaped and left to
/// right: Arabic shows its isolated forms, a known limitation of drawing without a shaping engine.
/// </summary>
internal static class GlyphFallback
{
    private static readonly ConcurrentDictionary<(bool Bold, bool Italic, int CodePoint), bool> Coverage = new();

    /// <summary><paramref name="runs"/> cleaned and split by face; the same list when nothing changes.</summary>
    public static IReadOnlyList<TextRun> Prepare(IReadOnlyList<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        List<TextRun>? prepared = null;
        for (var i = 0; i < runs.Count; i++)
        {
            var parts = Prepare(runs[i]);
            if (prepared is null && (parts.Count != 1 || !ReferenceEquals(parts[0], runs[i])))
            {
                prepared = [.. runs.Take(i)];
            }

            prepared?.AddRange(parts);
        }

        return prepared ?? runs;
    }

    /// <summary>Whether the face of <paramref name="style"/> has a glyph for <paramref name="codePoint"/>.</summary>
    public static bool Has(TextStyle style, int codePoint) =>
        codePoint is >= ' ' and <= '~'
        || Coverage.GetOrAdd((style.Bold, style.Italic, codePoint), key => FontCache.Of(new TextStyle(10f, key.Bold, key.Italic)).GetGlyph(key.CodePoint) != 0);

    private static List<TextRun> Prepare(TextRun run)
    {
        var text = DisplayText.Clean(run.Text);
        if (text.All(c => c is (>= ' ' and <= '~') or '\n' or '\t'))
        {
            return [ReferenceEquals(text, run.Text) ? run : run with { Text = text }];
        }

        var parts = new List<TextRun>();
        var part = new StringBuilder();
        var partStyle = run.Style;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();

            // A space stays in the face of the text around it, so italic Arabic words are one upright part.
            var (drawn, style) = element == " " ? (element, partStyle) : Drawable(element, run.Style);
            if (style != partStyle && part.Length > 0)
            {
                parts.Add(run with { Text = part.ToString(), Style = partStyle });
                part.Clear();
            }

            partStyle = style;
            part.Append(drawn);
        }

        if (parts.Count == 0 && partStyle == run.Style && part.Equals(run.Text.AsSpan()))
        {
            return [run];
        }

        if (part.Length > 0 || parts.Count == 0)
        {
            parts.Add(run with { Text = part.ToString(), Style = partStyle });
        }

        return parts;
    }

    // One text element (a letter and its marks, an emoji sequence, a flag) as it will be drawn, and the
    // style of the face that draws it. Line feeds and tabs go through for the line breaker.
    private static (string Text, TextStyle Style) Drawable(string element, TextStyle style)
    {
        if (element is "\n" or "\t")
        {
            return (element, style);
        }

        var first = Rune.GetRuneAt(element, 0).Value;
        var face = FaceFor(first, style);
        if (face is null && !DisplayText.IsDefaultIgnorable(first))
        {
            return (DisplayText.Replacement.ToString(), style);
        }

        var found = face ?? style;
        var drawn = new StringBuilder(element.Length);
        var replaced = false;
        foreach (var rune in element.EnumerateRunes())
        {
            if (Has(found, rune.Value))
            {
                drawn.Append(rune.ToString());
                replaced = false;
            }
            else if (!DisplayText.IsDefaultIgnorable(rune.Value) && !replaced)
            {
                // A mark the face lacks (a Hebrew cantillation sign, a keycap): the letter stays, and the
                // reader sees that something was on it.
                drawn.Append(DisplayText.Replacement);
                replaced = true;
            }
        }

        return (drawn.ToString(), found);
    }

    // The run's face, then the upright face of its weight, then the regular face.
    private static TextStyle? FaceFor(int codePoint, TextStyle style)
    {
        TextStyle[] candidates = [style, style with { Italic = false }, style with { Bold = false, Italic = false }];
        foreach (var candidate in candidates)
        {
            if (Has(candidate, codePoint))
            {
                return candidate;
            }
        }

        return null;
    }
}
