using Analysis.Core.Text;
using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Text;
using SkiaSharp;

namespace Analysis.Reporting.Pdf;

/// <summary>
/// Lays a document out and writes it as a PDF with SkiaSharp's PDF backend. Pages are laid out, then drawn
/// once on a canvas that draws nothing to learn where every heading landed; the table of contents is laid
/// out again with those page numbers until they no longer move (twice in practice). Only then is the PDF
/// drawn, knowing the number of pages for the footer's "page X of Y". The text is DejaVu Sans, which Skia
/// embeds as a subset with its Unicode map, so the PDF's text can be searched and copied.
/// </summary>
internal static class PdfRenderer
{
    private const int MaxPasses = 4;
    private static readonly TextStyle Running = new(7.5f, Color: new SKColor(0x66, 0x6E, 0x78));

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> and returns its number of pages.</summary>
    /// <exception cref="LayoutException">The document cannot be laid out; the message says why.</exception>
    public static int Render(LayoutDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var pages = Layout(document);
        var created = document.Info.Created.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            // The viewer shows these in its own font, outside the layout: cleaned like the running header,
            // so a title's U+202E or NUL cannot reorder or cut the window title or the file's properties.
            Title = DisplayText.OneLine(document.Info.Title),
            Subject = DisplayText.OneLine(document.Info.Subject),
            Author = DisplayText.OneLine(document.Info.Author),
            Keywords = DisplayText.OneLine(document.Info.Keywords),
            Creator = DisplayText.OneLine(document.Info.Creator),
            Producer = "SkiaSharp " + typeof(SKDocument).Assembly.GetName().Version,
            Creation = created,
            Modified = created,
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        using var pdf = SKDocument.CreatePdf(output, metadata)
            ?? throw new LayoutException("SkiaSharp could not open a PDF document on the output stream.");
        var written = new DestinationRegister();
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = pdf.BeginPage(document.Template.Size.Width, document.Template.Size.Height);
            DrawPage(new DrawContext(canvas, i + 1, written), pages[i], pages.Count, document);
            pdf.EndPage();
        }

        pdf.Close();
        return pages.Count;
    }

    /// <summary>The pages of <paramref name="document"/>, with the table of contents' page numbers settled.</summary>
    public static IReadOnlyList<PageContent> Layout(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var size = document.Template.Size;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var pages = Paginate(document);
            var found = new DestinationRegister();
            using var canvas = new SKNoDrawCanvas((int)size.Width, (int)size.Height);
            for (var i = 0; i < pages.Count; i++)
            {
                DrawPage(new DrawContext(canvas, i + 1, found, probing: true), pages[i], pages.Count, document);
            }

            if (found.SameAs(document.Destinations))
            {
                return pages;
            }

            document.Destinations.ReplaceWith(found);
        }

        throw new LayoutException($"The table of contents' page numbers still moved after {MaxPasses} passes; a block's height depends on the page numbers it shows.");
    }

    private static List<PageContent> Paginate(LayoutDocument document)
    {
        var area = document.Template.Content;
        if (area.Width < 50f || area.Height < 50f)
        {
            throw new LayoutException($"The margins leave {area.Width:0} × {area.Height:0} pt for content; make them smaller.");
        }

        var pages = new List<PageContent>();
        if (document.Cover is not null)
        {
            pages.AddRange(Paginator.Pages(document.Cover, area.Width, area.Height).Select(b => new PageContent(b, IsCover: true)));
        }

        pages.AddRange(Paginator.Pages(document.Body, area.Width, area.Height).Select(b => new PageContent(b, IsCover: false)));
        return pages;
    }

    // The running header and the footer have one line each: line breaks in a title become spaces, and a
    // title too long for its half of the header is shortened with an ellipsis, never wrapped into the content.
    private static IReadOnlyList<TextLine> OneLine(string text, float width) => Ellipsis.Fit(DisplayText.OneLine(text), Running, width, maxLines: 1);

    private static void DrawPage(DrawContext context, PageContent page, int count, LayoutDocument document)
    {
        var area = document.Template.Content;
        page.Block.Draw(context, area.Left, area.Top, area.Width);
        if (page.IsCover)
        {
            return;
        }

        // The running header above the content, the footer below it.
        var canvas = context.Canvas;
        var headerTop = area.Top - 30f;
        var half = (area.Width / 2f) - 6f;
        TextPainter.Draw(context, OneLine(document.HeaderLeft, half), area.Left, headerTop, half, TextAlignment.Left);
        TextPainter.Draw(context, OneLine(document.HeaderRight, half), area.Right - half, headerTop, half, TextAlignment.Right);
        using var rule = new SKPaint { Color = new SKColor(0xC8, 0xCE, 0xD6), StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        canvas.DrawLine(area.Left, area.Top - 14f, area.Right, area.Top - 14f, rule);
        var footer = document.Footer(context.Page, count);
        TextPainter.Draw(context, OneLine(footer, area.Width), area.Left, area.Bottom + 22f, area.Width, TextAlignment.Center);
    }
}
