using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// Running text: styled runs broken into lines. It splits between lines, keeping at least two lines on each
/// side of a page break when it is not at the top of a page (no orphan at the foot of a page, no widow at the top).
/// </summary>
internal sealed class ParagraphBlock : Block
{
    private readonly IReadOnlyList<TextRun> _runs;
    private (float Width, IReadOnlyList<TextLine> Lines)? _laidOut;

    /// <summary>A paragraph of <paramref name="runs"/>.</summary>
    public ParagraphBlock(IReadOnlyList<TextRun> runs, ParagraphFormat? format = null)
    {
        _runs = runs ?? throw new ArgumentNullException(nameof(runs));
        Format = format ?? ParagraphFormat.Body;
    }

    private ParagraphBlock(IReadOnlyList<TextRun> runs, ParagraphFormat format, float width, IReadOnlyList<TextLine> lines)
        : this(runs, format)
    {
        _laidOut = (width, lines);
    }

    /// <summary>How the paragraph is set.</summary>
    public ParagraphFormat Format { get; }

    /// <inheritdoc />
    public override float SpaceBefore => Format.SpaceBefore;

    /// <inheritdoc />
    public override float SpaceAfter => Format.SpaceAfter;

    /// <inheritdoc />
    public override bool KeepWithNext => Format.KeepWithNext;

    /// <summary>The text, as a reader would copy it.</summary>
    public string Text => string.Concat(_runs.Select(r => r.Text));

    /// <summary>The narrowest width at which no word has to be cut.</summary>
    public float MinWidth => LineBreaker.LongestWord(_runs) + Format.Indent;

    /// <summary>The lines at <paramref name="width"/>.</summary>
    public IReadOnlyList<TextLine> Lines(float width)
    {
        if (_laidOut is { } laidOut && Math.Abs(laidOut.Width - width) < 0.001f)
        {
            return laidOut.Lines;
        }

        var lines = LineBreaker.Break(_runs, width - Format.Indent, Format.Leading);
        _laidOut = (width, lines);
        return lines;
    }

    /// <inheritdoc />
    public override float Measure(float width) => Lines(width).Sum(l => l.Height);

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        var lines = Lines(space.Width);
        var fit = 0;
        var height = 0f;
        while (fit < lines.Count && height + lines[fit].Height <= space.Height + LayoutSpace.Tolerance)
        {
            height += lines[fit++].Height;
        }

        if (fit == lines.Count)
        {
            return BlockSplit.Whole(this);
        }

        if (!space.AtPageTop)
        {
            // Two lines at least on each side of the break, or the whole paragraph moves on.
            fit = Math.Min(fit, lines.Count - 2);
            fit = fit < 2 ? 0 : fit;
        }
        else if (space.AtPageTop)
        {
            // A paragraph taller than a page still has to start somewhere.
            fit = Math.Max(fit, 1);
        }

        return fit == 0
            ? BlockSplit.Nothing(this)
            : new BlockSplit(
                new ParagraphBlock(_runs, Format with { SpaceAfter = 0f }, space.Width, [.. lines.Take(fit)]),
                new ParagraphBlock(_runs, Format with { SpaceBefore = 0f, Anchor = null }, space.Width, [.. lines.Skip(fit)]));
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        if (Format.Anchor is { } anchor)
        {
            context.Destination(anchor, left, top);
        }

        TextPainter.Draw(context, Lines(width), left + Format.Indent, top, width - Format.Indent, Format.Alignment);
    }
}
