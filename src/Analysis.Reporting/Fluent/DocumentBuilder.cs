using System.Globalization;
using Analysis.Core.IO;
using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Pdf;

namespace Analysis.Reporting.Fluent;

/// <summary>
/// Composes a document (a cover, then the content) and writes it as a PDF with an embedded font, a running
/// header, "page X of Y" footers and a table of contents whose page numbers and links are where the headings
/// landed.
/// </summary>
/// <example>
/// <code>
/// var document = new DocumentBuilder(new DocumentSettings { Title = "Sahel briefing" });
/// document.Cover(c => c.Title("Sahel briefing"));
/// document.Content(c =>
/// {
///     c.TableOfContents("Contents");
///     c.Heading("Key findings");
///     c.Bullets(b => b.Item(t => t.Bold("Goïta").Text(" is the most connected actor ").Citation(1, "source-1")));
/// });
/// document.WritePdf("briefing.pdf");
/// </code>
/// </example>
public sealed class DocumentBuilder
{
    private readonly List<TocEntry> _toc = [];
    private readonly int[] _headingNumbers = new int[3];
    private ContentBuilder? _cover;
    private ContentBuilder? _content;
    private int _figures;

    /// <summary>A document laid out with <paramref name="settings"/>.</summary>
    public DocumentBuilder(DocumentSettings settings)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>The page, header, footer and metadata settings.</summary>
    public DocumentSettings Settings { get; }

    /// <summary>The page each heading landed on, by destination name, once the document has been written.</summary>
    public IReadOnlyDictionary<string, int> Pages => Destinations.Pages;

    internal IReadOnlyList<TocEntry> TocEntries => _toc;

    internal DestinationRegister Destinations { get; } = new();

    /// <summary>The cover: its own page(s), without running header or footer.</summary>
    public DocumentBuilder Cover(Action<ContentBuilder> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        _cover ??= new ContentBuilder(this);
        compose(_cover);
        return this;
    }

    /// <summary>The content, from the page after the cover; called again, it continues where it stopped.</summary>
    public DocumentBuilder Content(Action<ContentBuilder> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        _content ??= new ContentBuilder(this);
        compose(_content);
        return this;
    }

    /// <summary>Writes the PDF to <paramref name="output"/> and returns its number of pages.</summary>
    /// <exception cref="LayoutException">The content cannot be laid out; the message says why.</exception>
    public int WritePdf(Stream output) => PdfRenderer.Render(Document(), output);

    /// <summary>
    /// Writes the PDF to <paramref name="path"/> under a temporary name first, then moves it into place, so a
    /// failure never leaves a half-written file over a good one. Returns the number of pages.
    /// </summary>
    /// <exception cref="LayoutException">The content cannot be laid out; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public int WritePdf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var buffer = new MemoryStream();
        var pages = WritePdf(buffer);
        AtomicFile.WriteAllBytes(path, buffer.ToArray());
        return pages;
    }

    internal (string Number, string Anchor) NextHeading(int level)
    {
        _headingNumbers[level - 1]++;
        for (var i = level; i < _headingNumbers.Length; i++)
        {
            _headingNumbers[i] = 0;
        }

        var path = string.Join('.', _headingNumbers.Take(level).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        var number = Settings.NumberHeadings && level <= 2 ? path : string.Empty;
        return (number, "section-" + path.Replace('.', '-'));
    }

    internal void AddTocEntry(TocEntry entry) => _toc.Add(entry);

    internal int NextFigure() => ++_figures;

    private LayoutDocument Document() => new(
        _cover?.Build(),
        _content?.Build() ?? new ColumnBlock([]),
        PageTemplate.For(Settings.PageSize),
        Settings.Title,
        Settings.HeaderRight,
        Settings.Footer,
        new DocumentInfo(Settings.Title, Settings.Subject, Settings.Author, Settings.Keywords, Settings.Creator, Settings.Created),
        Destinations);
}
