using Analysis.Reporting.Layout.Text;
using SkiaSharp;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// The table of contents: one line per heading, indented by level, with a dotted leader to the page the
/// heading landed on, each line a link to its heading. The page numbers come from
/// <paramref name="pages"/>, which the page loop fills in a first pass; entries split across pages.
/// </summary>
internal sealed class TableOfContentsBlock(IReadOnlyList<TocEntry> entries, DestinationRegister pages, TextStyle style) : Block
{
    private const float NumberWidth = 28f;
    private const float LevelIndent = 14f;
    private const int MaxLines = 3;

    // One leading for the heading and its page number, so both sit on the same baseline.
    private const float Leading = 1.5f;

    /// <summary>The entries on this part.</summary>
    public IReadOnlyList<TocEntry> Entries { get; } = entries ?? throw new ArgumentNullException(nameof(entries));

    /// <inheritdoc />
    public override float SpaceAfter => 12f;

    /// <inheritdoc />
    public override float Measure(float width) => Entries.Sum(e => Height(e, width));

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        var used = 0f;
        var fit = 0;
        while (fit < Entries.Count && used + Height(Entries[fit], space.Width) <= space.Height + LayoutSpace.Tolerance)
        {
            used += Height(Entries[fit++], space.Width);
        }

        fit = fit == 0 && space.AtPageTop ? 1 : fit;
        return fit == Entries.Count ? BlockSplit.Whole(this)
            : fit == 0 ? BlockSplit.Nothing(this)
            : new BlockSplit(new TableOfContentsBlock([.. Entries.Take(fit)], pages, style), new TableOfContentsBlock([.. Entries.Skip(fit)], pages, style));
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        using var dots = new SKPaint { Color = new SKColor(0x99, 0x99, 0x99), IsAntialias = true };
        var y = top;
        foreach (var entry in Entries)
        {
            var indent = (entry.Level - 1) * LevelIndent;
            var textWidth = width - indent - NumberWidth;
            var lines = Lines(entry, width);
            TextPainter.Draw(context, lines, left + indent, y, textWidth, TextAlignment.Left);
            var last = lines[^1];
            var lastTop = y + lines.Take(lines.Count - 1).Sum(l => l.Height);
            var page = pages.PageOf(entry.Anchor)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–";
            var number = LineBreaker.Break([new TextRun(page, StyleOf(entry))], NumberWidth, Leading);
            TextPainter.Draw(context, number, left + width - NumberWidth, lastTop, NumberWidth, TextAlignment.Right);

            // The leader: dots from the end of the text to the page number.
            var font = FontCache.Of(StyleOf(entry));
            for (var x = left + indent + last.Width + 6f; x < left + width - NumberWidth - 4f; x += 4f)
            {
                context.Canvas.DrawText(".", x, lastTop + last.Baseline, SKTextAlign.Left, font, dots);
            }

            var height = Height(entry, width);
            context.Link(new SKRect(left + indent, y, left + width, y + height), LinkTarget.Internal(entry.Anchor));
            y += height;
        }
    }

    private TextStyle StyleOf(TocEntry entry) => entry.Level == 1 ? style.AsBold() : style;

    // An entry never splits across pages, so it is kept to a few lines: a heading quoting a huge word
    // would otherwise run past the bottom of the page.
    private IReadOnlyList<TextLine> Lines(TocEntry entry, float width) =>
        Ellipsis.Fit(entry.Label, StyleOf(entry), width - ((entry.Level - 1) * LevelIndent) - NumberWidth - 10f, MaxLines, Leading);

    private float Height(TocEntry entry, float width) => Lines(entry, width).Sum(l => l.Height) + (entry.Level == 1 ? 3f : 0f);
}
