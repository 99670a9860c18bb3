using System.Globalization;
using System.Text;

namespace Analysis.Reporting.Layout.Text;

/// <summary>Cutting a word wider than the line, the last resort of <see cref="LineBreaker"/>.</summary>
internal static partial class LineBreaker
{
    // The parts of a word too wide for the line. A last part made only of punctuation (the " :" glued to
    // a word) takes the character before it, so no line starts with the punctuation alone.
    private static List<Word> Cut(Word word, float width, IReadOnlyList<TextRun> runs)
    {
        var parts = CutParts(word, width, runs).ToList();
        if (parts.Count < 2 || !parts[^1].IsPunctuation)
        {
            return parts;
        }

        var previous = parts[^2];
        var piece = previous.Pieces[^1];
        var starts = StringInfo.ParseCombiningCharacters(piece.Text);
        var split = starts[^1];
        if (split == 0 && previous.Pieces.Count == 1)
        {
            return parts;
        }

        var style = runs[piece.Run].Style;
        var kept = new Word();
        foreach (var p in previous.Pieces.Take(previous.Pieces.Count - 1))
        {
            kept.Add(p);
        }

        if (split > 0)
        {
            kept.Add(piece with { Text = piece.Text[..split], Width = FontCache.Width(piece.Text[..split], style) });
        }

        var last = new Word { Space = parts[^1].Space, BreakAfter = parts[^1].BreakAfter };
        last.Add(piece with { Text = piece.Text[split..], Width = FontCache.Width(piece.Text[split..], style) });
        foreach (var p in parts[^1].Pieces)
        {
            last.Add(p);
        }

        parts[^2] = kept;
        parts[^1] = last;
        return parts;
    }

    // A word wider than the line, cut between text elements into line-wide parts.
    private static IEnumerable<Word> CutParts(Word word, float width, IReadOnlyList<TextRun> runs)
    {
        var part = new Word();
        foreach (var piece in word.Pieces)
        {
            var style = runs[piece.Run].Style;
            var elements = StringInfo.GetTextElementEnumerator(piece.Text);
            var text = new StringBuilder();
            while (elements.MoveNext())
            {
                var element = (string)elements.Current;
                var widened = FontCache.Width(text + element, style);
                if (part.Width + widened > width && (part.Pieces.Count > 0 || text.Length > 0))
                {
                    if (text.Length > 0)
                    {
                        part.Add(piece with { Text = text.ToString(), Width = FontCache.Width(text.ToString(), style) });
                        text.Clear();
                    }

                    yield return part;
                    part = new Word();
                }

                text.Append(element);
            }

            if (text.Length > 0)
            {
                part.Add(piece with { Text = text.ToString(), Width = FontCache.Width(text.ToString(), style) });
            }
        }

        part.Space = word.Space;
        part.BreakAfter = word.BreakAfter;
        yield return part;
    }
}
