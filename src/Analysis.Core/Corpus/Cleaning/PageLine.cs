using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// One non-blank line of a page while it is being segmented: its span (whitespace trimmed), its
/// shape, and the classification decided so far. Mutable because the segmenter decides in passes.
/// </summary>
internal sealed class PageLine
{
    public PageLine(string text, TextSpan span)
    {
        Span = span;
        Text = span.Slice(text);
        Folded = TextFolding.Fold(Text);
        Shape = LineShape.Of(Text);
    }

    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>Lower-cased, accent-less text for phrase matching.</summary>
    public string Folded { get; }

    public LineShape Shape { get; }

    public SegmentKind? Kind { get; private set; }

    public string Rule { get; private set; } = string.Empty;

    /// <summary>True once a rule has decided what the line is.</summary>
    public bool IsDecided => Kind is not null;

    /// <summary>What the line does to the lines after it (a widget heading, the end of the article).</summary>
    public PhraseEffect Effect { get; private set; }

    /// <summary>True for an undecided line of running prose: the landmark the zone rules work from.</summary>
    public bool IsOpenBodyParagraph => !IsDecided && Shape.IsBodyParagraph;

    public void Decide(SegmentKind kind, string rule, PhraseEffect effect = PhraseEffect.None)
    {
        Kind = kind;
        Rule = rule;
        Effect = effect;
    }

    /// <summary>Splits every non-blank line of <paramref name="text"/> into a <see cref="PageLine"/>.</summary>
    public static List<PageLine> Split(string text)
    {
        var lines = new List<PageLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var trimmedStart = start;
            var trimmedEnd = end;
            while (trimmedStart < trimmedEnd && char.IsWhiteSpace(text[trimmedStart]))
            {
                trimmedStart++;
            }

            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd > trimmedStart)
            {
                lines.Add(new PageLine(text, TextSpan.FromBounds(trimmedStart, trimmedEnd)));
            }

            start = end + 1;
        }

        return lines;
    }

    public override string ToString() => $"{Kind?.ToString() ?? "?"}({Rule}): {Text}";
}
