using Analysis.Reporting.Layout;

namespace Analysis.Reporting.Pdf;

/// <summary>
/// A document ready to be laid out: an optional cover (its own pages, without header or footer), the body,
/// the page template, the running header's two texts, the footer's "page X of Y" wording and the metadata.
/// </summary>
/// <param name="Cover">The cover's content; null for none.</param>
/// <param name="Body">The content after the cover, starting on a new page.</param>
/// <param name="Template">The page size and margins.</param>
/// <param name="HeaderLeft">The running header's left text (the title).</param>
/// <param name="HeaderRight">The running header's right text (the period).</param>
/// <param name="Footer">Makes the footer from the page number and the number of pages.</param>
/// <param name="Info">The PDF's metadata.</param>
/// <param name="Destinations">The register the table of contents reads its page numbers from; the renderer fills it.</param>
internal sealed record LayoutDocument(
    Block? Cover,
    Block Body,
    PageTemplate Template,
    string HeaderLeft,
    string HeaderRight,
    Func<int, int, string> Footer,
    DocumentInfo Info,
    DestinationRegister Destinations);
