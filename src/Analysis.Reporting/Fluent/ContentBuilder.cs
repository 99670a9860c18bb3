using System.Globalization;
using Analysis.Core.Text;
using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Layout.Text;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Reporting.Fluent;

/// <summary>
/// Composes the flow of a document, top to bottom: headings (numbered, listed in the table of contents),
/// paragraphs, lists, tables, figures, quotations, spaces and page breaks.
/// </summary>
public sealed class ContentBuilder
{
    private static readonly SKColor HeadingColor = new(0x1B, 0x2A, 0x41);
    private static readonly SKColor QuoteBar = new(0x9D, 0xB4, 0xCC);
    private readonly DocumentBuilder _document;
    private readonly List<Block> _blocks = [];

    internal ContentBuilder(DocumentBuilder document)
    {
        _document = document;
    }

    internal ColumnBlock Build() => new(_blocks);

    /// <summary>A large title, for a cover.</summary>
    public ContentBuilder Title(string text, float size = 24f)
    {
        _blocks.Add(Paragraph(TextStyle.Body.WithSize(size).AsBold().WithColor(HeadingColor), t => t.Text(text), ParagraphFormat.Body with { SpaceAfter = 10f, Leading = 1.2f }));
        return this;
    }

    /// <summary>
    /// A heading of <paramref name="level"/> (1 for a section, 2 and 3 below it), numbered when the settings
    /// say so and listed in the table of contents; it never ends a page. Returns its destination name.
    /// </summary>
    public string Heading(string text, int level = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        var (number, anchor) = _document.NextHeading(level);

        // One line, wrapped if it must: a heading is also an entry of the table of contents, where an
        // actor name's line break or tab (it can come from an article) would split the entry.
        var oneLine = DisplayText.OneLine(text);
        var label = number.Length == 0 ? oneLine : $"{number}  {oneLine}";
        var (size, before, after) = level switch
        {
            1 => (15f, 20f, 8f),
            2 => (12f, 14f, 5f),
            _ => (10.5f, 10f, 4f),
        };
        var format = ParagraphFormat.Body with { SpaceBefore = before, SpaceAfter = after, KeepWithNext = true, Anchor = anchor, Leading = 1.25f };
        _blocks.Add(Paragraph(TextStyle.Body.WithSize(size).AsBold().WithColor(HeadingColor), t => t.Text(label), format));
        if (level <= 2)
        {
            _document.AddTocEntry(new TocEntry(level, label, anchor));
        }
        return anchor;
    }

    /// <summary>The table of contents under <paramref name="title"/>: every heading of the document with its page, each a link.</summary>
    public ContentBuilder TableOfContents(string title)
    {
        _blocks.Add(Paragraph(TextStyle.Body.WithSize(15f).AsBold().WithColor(HeadingColor), t => t.Text(title), ParagraphFormat.Body with { SpaceAfter = 10f, KeepWithNext = true }));
        _blocks.Add(new TableOfContentsBlock(_document.TocEntries, _document.Destinations, TextStyle.Body.WithSize(10f)));
        return this;
    }

    /// <summary>A paragraph of plain text.</summary>
    public ContentBuilder Paragraph(string text) => Paragraph(t => t.Text(text));

    /// <summary>A paragraph composed of runs.</summary>
    public ContentBuilder Paragraph(Action<TextBuilder> compose, CellAlignment alignment = CellAlignment.Left)
    {
        var format = ParagraphFormat.Body with { Alignment = alignment == CellAlignment.Center ? TextAlignment.Center : alignment == CellAlignment.Right ? TextAlignment.Right : TextAlignment.Left };
        _blocks.Add(Paragraph(TextStyle.Body, compose, format));
        return this;
    }

    /// <summary>A bullet list.</summary>
    public ContentBuilder Bullets(Action<ListBuilder> compose) => List(compose, _ => "•");

    /// <summary>A numbered list, from 1.</summary>
    public ContentBuilder Numbered(Action<ListBuilder> compose) => List(compose, i => (i + 1).ToString(CultureInfo.InvariantCulture) + ".");

    /// <summary>A table.</summary>
    public ContentBuilder Table(Action<TableBuilder> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var table = new TableBuilder(_document.Settings.FrenchTypography);
        compose(table);
        _blocks.Add(table.Build());
        return this;
    }

    /// <summary>
    /// A chart drawn as vectors, <paramref name="aspect"/> times wider than high, above its numbered caption
    /// and its source line; it never splits across pages.
    /// </summary>
    public ContentBuilder Figure(Plot plot, string caption, string? source = null, float aspect = 1.5f)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentOutOfRangeException.ThrowIfLessThan(aspect, 0.2f);
        var number = _document.NextFigure();
        var label = $"{_document.Settings.FigureLabel} {number.ToString(CultureInfo.InvariantCulture)}.";
        var captionText = new TextBuilder(TextStyle.Body.WithSize(8.5f), _document.Settings.FrenchTypography).Bold(label).Text(" " + caption);
        if (!string.IsNullOrWhiteSpace(source))
        {
            captionText.Text("\n").Muted(source);
        }

        _blocks.Add(new FigureBlock(plot, aspect, new ParagraphBlock(captionText.Runs, ParagraphFormat.Body with { SpaceAfter = 0f, Leading = 1.3f })));
        return this;
    }

    /// <summary>
    /// A quotation with its source line; <paramref name="language"/> is the quotation's own ("fr" sets it with
    /// French typography whatever the document's language).
    /// </summary>
    public ContentBuilder Quote(string text, Action<TextBuilder>? source = null, string? language = null)
    {
        var french = _document.Settings.FrenchTypography || string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase);
        var quote = new TextBuilder(TextStyle.Body.WithSize(9.5f), french).Italic(text);
        var parts = new List<Block> { new ParagraphBlock(quote.Runs, ParagraphFormat.Body with { SpaceAfter = 2f }) };
        if (source is not null)
        {
            var line = new TextBuilder(TextStyle.Body.WithSize(8f).WithColor(new SKColor(0x5C, 0x64, 0x70)), _document.Settings.FrenchTypography);
            source(line);
            parts.Add(new ParagraphBlock(line.Runs, ParagraphFormat.Body with { SpaceAfter = 0f }));
        }

        _blocks.Add(new QuoteBlock(new ColumnBlock(parts), QuoteBar));
        return this;
    }

    /// <summary>Empty space of <paramref name="points"/>.</summary>
    public ContentBuilder Spacer(float points)
    {
        _blocks.Add(new SpacerBlock(points));
        return this;
    }

    /// <summary>Starts a new page.</summary>
    public ContentBuilder PageBreak()
    {
        _blocks.Add(PageBreakBlock.Instance);
        return this;
    }

    /// <summary>Content kept on one page (moved to the next page whole), unless it is taller than a page.</summary>
    public ContentBuilder KeepTogether(Action<ContentBuilder> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var inner = new ContentBuilder(_document);
        compose(inner);
        _blocks.Add(new KeepTogetherBlock(inner.Build()));
        return this;
    }

    private ContentBuilder List(Action<ListBuilder> compose, Func<int, string> marker)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var list = new ListBuilder();
        compose(list);
        var items = list.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var content = Paragraph(TextStyle.Body, items[i], ParagraphFormat.Body with { SpaceAfter = 0f });
            var spaceAfter = i == items.Count - 1 ? 8f : 3f;
            _blocks.Add(new ListItemBlock(new TextRun(marker(i), TextStyle.Body), content, 16f, spaceAfter));
        }

        return this;
    }

    private ParagraphBlock Paragraph(TextStyle style, Action<TextBuilder> compose, ParagraphFormat format)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var text = new TextBuilder(style, _document.Settings.FrenchTypography);
        compose(text);
        return new ParagraphBlock(text.Runs, text.Anchor is null ? format : format with { Anchor = text.Anchor });
    }
}
