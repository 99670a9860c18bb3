using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// HTML pages, parsed with AngleSharp. Metadata comes from the page's meta tags (Open Graph, article:*,
/// schema.org); the text is the body rendered one block per paragraph, with the furniture the markup
/// itself names (nav, header, footer, aside, forms, and everything outside the page's article or main
/// element) marked for the segmenter rather than dropped. Scripts and styles are not text and are skipped.
/// </summary>
internal sealed class HtmlFormat(TimeSpan parseBudget) : IArticleFormat
{
    public HtmlFormat()
        : this(CorpusOptions.Default.HtmlParseBudget)
    {
    }

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IEnumerable<FormatItem> Read(byte[] bytes)
    {
        var decoded = ByteText.Decode(bytes);
        yield return decoded.Problem is null ? Read(decoded) : FormatItem.Failed(decoded.Problem);
    }

    /// <summary>
    /// True when a text file is an HTML page (a browser's "save as" under a .txt name): it opens with a
    /// doctype or an html element. An article that merely quotes a tag is not one.
    /// </summary>
    public static bool IsPage(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var end = start.IndexOf("?>", StringComparison.Ordinal);
            start = end < 0 ? start : start[(end + 2)..].TrimStart();
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The article of a page already decoded.</summary>
    public FormatItem Read(ByteText decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var budget = new CancellationTokenSource(parseBudget);
        AngleSharp.Html.Dom.IHtmlDocument parsed;
        try
        {
            // HTML parsing is quadratic in the depth of unclosed elements (every start tag searches the stack
            // of open ones): 200,000 unclosed <div> in a 1 MB page take minutes. A budget keeps one such page
            // from stalling the run; the string is all in memory, so the task completes on this thread.
            parsed = parser.ParseDocumentAsync(decoded.Text, budget.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return FormatItem.Failed(string.Create(CultureInfo.InvariantCulture, $"HTML could not be parsed within {parseBudget.TotalSeconds:0.#} s (deeply nested or malformed markup)"));
        }

        using var page = parsed;
        var metadata = HtmlMetadata.Read(page);
        var rendered = HtmlTextRenderer.Render(page);
        if (string.IsNullOrWhiteSpace(rendered.Text))
        {
            return FormatItem.Failed("HTML page without visible text");
        }

        var text = rendered.Text;
        var marks = rendered.Marks;
        var title = metadata.Title;
        if (title is not null && !ContainsLine(text, title))
        {
            // The headline lives only in <head>: put it first so it is part of the text and has offsets.
            var prefix = title + "\n\n";
            text = prefix + text;
            marks = [.. marks.Select(m => m with { Span = m.Span with { Start = m.Span.Start + prefix.Length } })];
        }

        // Already normalised: the renderer normalises each paragraph, the title is normalised metadata.
        var article = new SourceArticle(text, metadata, new SegmentationHints(title, marks), decoded.Encoding, decoded.Notes);
        return FormatItem.Of(article);
    }

    private static bool ContainsLine(string text, string line) =>
        text.Split('\n').Any(l => string.Equals(l.Trim(), line.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Reads an HTML page's metadata from its meta tags (Open Graph, article:*, Dublin Core, schema.org
/// itemprop). A &lt;time&gt; element counts only inside the article: elsewhere it is often a header
/// widget showing today's date.
/// </summary>
internal static class HtmlMetadata
{
    public static SourceMetadata Read(IDocument page)
    {
        var h1 = page.QuerySelector("article h1, main h1, h1")?.TextContent;
        return new SourceMetadata
        {
            Title = Clean(h1) ?? Meta(page, "og:title", "twitter:title") ?? Clean(page.Title),
            Date = Meta(page, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "parsely-pub-date")
                ?? page.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
                ?? HtmlTextRenderer.ArticleRoot(page)?.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Outlet = Meta(page, "og:site_name", "application-name") ?? Host(Meta(page, "og:url") ?? Link(page, "canonical")),
            Authors = Author(page),
            Language = Clean(page.DocumentElement.GetAttribute("lang")) ?? Meta(page, "og:locale"),
            Url = Link(page, "canonical") ?? Meta(page, "og:url"),
        };
    }

    private static string? Meta(IDocument page, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var meta in page.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                {
                    return content;
                }
            }
        }

        return null;
    }

    private static string? Link(IDocument page, string rel) => Clean(page.QuerySelector($"link[rel='{rel}']")?.GetAttribute("href"));

    private static List<string> Author(IDocument page)
    {
        var author = Meta(page, "author", "article:author", "byl", "parsely-author")
            ?? Clean(page.QuerySelector("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")?.TextContent);
        if (author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return [author];
    }

    private static string? Host(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return ByteText.Normalize(string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
