using System.Globalization;
using System.Text;

namespace Analysis.Reporting.Layout.Text;

/// <summary>
/// Breaks runs of styled text into lines of a given width, on spaces only: a word may change style in the
/// middle ("<b>Goïta</b>, président") without becoming breakable there, no-break spaces hold, and a word
/// made only of punctuation (":", "?", "–", "»") stays on the line of the word before it, so no line starts
/// with a lone punctuation mark ("«" and "(" stay with the word after). A word wider than the line is cut
/// between characters, the only way it can be shown whole. A line feed in the text is a forced break. The
/// text is cleaned and given its faces first (<see cref="GlyphFallback"/>), so what is measured is what
/// is drawn, whatever the text holds.
/// </summary>
internal static partial class LineBreaker
{
    /// <summary>The lines of <paramref name="runs"/> in <paramref name="width"/> points, each <paramref name="leading"/> times its largest font size high.</summary>
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, float width, float leading = 1.3f)
    {
        ArgumentNullException.ThrowIfNull(runs);
        runs = GlyphFallback.Prepare(runs);
        var words = Glue(Words(runs));
        var lines = new List<TextLine>();
        var line = new List<Word>();
        var x = 0f;
        foreach (var candidate in words)
        {
            foreach (var word in candidate.Width > width ? Cut(candidate, width, runs) : [candidate])
            {
                var space = line.Count > 0 ? line[^1].Space?.Width ?? 0f : 0f;
                if (line.Count > 0 && x + space + word.Width > width + 0.01f)
                {
                    lines.Add(Line(line, runs, leading));
                    line.Clear();
                    x = 0f;
                    space = 0f;
                }

                line.Add(word);
                x += space + word.Width;
                if (word.BreakAfter)
                {
                    lines.Add(Line(line, runs, leading));
                    line.Clear();
                    x = 0f;
                }
            }
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(Line(line, runs, leading));
        }

        return lines;
    }

    /// <summary>The width of the widest word of <paramref name="runs"/>: the narrowest width they fit without cutting a word.</summary>
    public static float LongestWord(IReadOnlyList<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var words = Glue(Words(GlyphFallback.Prepare(runs)));
        return words.Count == 0 ? 0f : words.Max(w => w.Width);
    }

    // Words and their trailing spaces, across runs prepared by GlyphFallback (line feeds are the only line
    // breaks left in them): a space ends a word, a style change does not.
    private static List<Word> Words(IReadOnlyList<TextRun> runs)
    {
        var words = new List<Word>();
        var current = new Word();
        var text = new StringBuilder();
        var pieceRun = -1;
        void FlushPiece()
        {
            if (text.Length > 0)
            {
                current.Add(new Piece(pieceRun, text.ToString(), FontCache.Width(text.ToString(), runs[pieceRun].Style)));
                text.Clear();
            }
        }

        void EndWord(Piece? space, bool forced)
        {
            FlushPiece();
            if (current.Pieces.Count > 0)
            {
                current.Space = forced ? null : space;
                current.BreakAfter = forced;
                words.Add(current);
                current = new Word();
            }
            else if (forced)
            {
                // An empty line, or a break right after a space: the break belongs to what came before.
                if (words.Count > 0 && !words[^1].BreakAfter)
                {
                    words[^1].BreakAfter = true;
                    words[^1].Space = null;
                }
                else
                {
                    words.Add(new Word { BreakAfter = true });
                }
            }
            else if (words.Count > 0 && words[^1].Space is null && !words[^1].BreakAfter)
            {
                words[^1].Space = space;
            }
        }

        for (var r = 0; r < runs.Count; r++)
        {
            foreach (var c in runs[r].Text)
            {
                switch (c)
                {
                    case '\n':
                        EndWord(null, forced: true);
                        break;
                    case ' ' or '\t':
                        EndWord(new Piece(r, " ", FontCache.Width(" ", runs[r].Style)), forced: false);
                        break;
                    default:
                        if (pieceRun != r)
                        {
                            FlushPiece();
                            pieceRun = r;
                        }

                        text.Append(c);
                        break;
                }
            }
        }

        FlushPiece();
        if (current.Pieces.Count > 0)
        {
            words.Add(current);
        }

        return words;
    }

    // Punctuation-only words join a neighbour over a space that no longer breaks.
    private static List<Word> Glue(List<Word> words)
    {
        var glued = new List<Word>(words.Count);
        Word? pendingOpening = null;
        foreach (var word in words)
        {
            var merged = pendingOpening is null ? word : Join(pendingOpening, word);
            pendingOpening = null;
            if (merged.IsPunctuation && merged.Opens && !merged.BreakAfter && merged.Space is not null)
            {
                pendingOpening = merged;
                continue;
            }

            if (merged.IsPunctuation && !merged.Opens && glued.Count > 0 && glued[^1].Space is not null)
            {
                glued[^1] = Join(glued[^1], merged);
                continue;
            }

            glued.Add(merged);
        }

        if (pendingOpening is not null)
        {
            glued.Add(pendingOpening);
        }

        return glued;
    }

    private static Word Join(Word first, Word second)
    {
        var joined = new Word { Space = second.Space, BreakAfter = second.BreakAfter };
        foreach (var piece in first.Pieces)
        {
            joined.Add(piece);
        }

        if (first.Space is { } space)
        {
            joined.Add(space);
        }

        foreach (var piece in second.Pieces)
        {
            joined.Add(piece);
        }

        return joined;
    }

    private static TextLine Line(List<Word> words, IReadOnlyList<TextRun> runs, float leading)
    {
        var pieces = new List<Piece>();
        for (var i = 0; i < words.Count; i++)
        {
            pieces.AddRange(words[i].Pieces);
            if (i < words.Count - 1 && words[i].Space is { } space)
            {
                pieces.Add(space);
            }
        }

        var segments = new List<LineSegment>();
        var x = 0f;
        foreach (var piece in pieces)
        {
            if (segments.Count > 0 && ReferenceEquals(segments[^1].Run, runs[piece.Run]))
            {
                var last = segments[^1];
                segments[^1] = last with { Text = last.Text + piece.Text, Width = last.Width + piece.Width };
            }
            else
            {
                segments.Add(new LineSegment(runs[piece.Run], piece.Text, x, piece.Width));
            }

            x += piece.Width;
        }

        var size = pieces.Count > 0 ? pieces.Max(p => runs[p.Run].Style.Size) : runs.Count > 0 ? runs[0].Style.Size : 10f;
        var style = pieces.Count > 0 ? runs[pieces.MaxBy(p => runs[p.Run].Style.Size).Run].Style : runs.Count > 0 ? runs[0].Style : new TextStyle(size);
        var metrics = FontCache.Of(style).Metrics;
        var height = size * leading;
        var ascent = -metrics.Ascent;
        var baseline = ((height - (ascent + metrics.Descent)) / 2f) + ascent;
        return new TextLine(segments, x, height, baseline);
    }

    private readonly record struct Piece(int Run, string Text, float Width);

    private sealed class Word
    {
        private readonly List<Piece> _pieces = [];

        public List<Piece> Pieces => _pieces;

        public float Width { get; private set; }

        public Piece? Space { get; set; }

        public bool BreakAfter { get; set; }

        public bool IsPunctuation => _pieces.Count > 0 && _pieces.All(p => p.Text.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c)));

        public bool Opens => _pieces.Count > 0 && _pieces[0].Text.Length > 0
            && char.GetUnicodeCategory(_pieces[0].Text[0]) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation;

        public void Add(Piece piece)
        {
            _pieces.Add(piece);
            Width += piece.Width;
        }
    }
}
