using System.Globalization;

namespace Analysis.Reporting.Fluent;

/// <summary>
/// The page, the running header and footer, the fixed words the layout writes itself ("Figure", "page X of
/// Y") and the PDF's metadata. Fix <see cref="Created"/> and the same content gives a byte-identical PDF.
/// </summary>
public sealed record DocumentSettings
{
    /// <summary>The paper size.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>The title, in the metadata and on the left of the running header.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The subject, in the metadata.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The author, in the metadata.</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>Keywords, in the metadata.</summary>
    public string Keywords { get; init; } = string.Empty;

    /// <summary>The program that made the document, in the metadata.</summary>
    public string Creator { get; init; } = "Analysis.Reporting";

    /// <summary>The creation date, in the metadata.</summary>
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>The running header's right text (the period covered, say).</summary>
    public string HeaderRight { get; init; } = string.Empty;

    /// <summary>The footer from the page number and the number of pages.</summary>
    public Func<int, int, string> Footer { get; init; } = (page, pages) => string.Create(CultureInfo.InvariantCulture, $"page {page} of {pages}");

    /// <summary>The word before a figure's number in its caption.</summary>
    public string FigureLabel { get; init; } = "Figure";

    /// <summary>Whether headings of levels 1 and 2 are numbered ("2", "2.1").</summary>
    public bool NumberHeadings { get; init; } = true;

    /// <summary>Whether the document's own text follows French typography (non-breaking spaces before « : ; ! ? »).</summary>
    public bool FrenchTypography { get; init; }
}
