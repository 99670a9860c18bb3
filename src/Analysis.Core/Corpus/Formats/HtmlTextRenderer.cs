using System.Text;
using AngleSharp.Dom;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// Renders an HTML body to paragraphs of plain text, one block element per paragraph, and records which
/// paragraphs the markup marks as furniture. Offsets of the marks point into the rendered text.
/// </summary>
internal sealed class HtmlTextRenderer
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "head", "object", "embed", "canvas", "button", "select", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tr", "caption", "ul", "menu",
    };

    private static readonly HashSet<string> FurnitureElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "form", "menu",
    };

    /// <summary>
    /// Words that name furniture in common site themes' class and id names, matched as whole parts of a
    /// name ("share-buttons", "related_posts", "comments-area"), never as substrings ("shareable").
    /// </summary>
    private static readonly HashSet<string> FurnitureNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "breadcrumb", "breadcrumbs", "share", "sharing", "sharedaddy", "social", "related", "comment", "comments",
        "sidebar", "widget", "widgets", "advert", "advertisement", "ads", "cookie", "cookies", "newsletter", "menu",
        "navbar", "navigation", "footer", "header", "popup", "subscribe", "promo", "tags", "masthead",
    };

    /// <summary>Elements that hold the article rather than sit beside it: never furniture, whatever their class.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();
    private readonly List<MarkedSpan> _marks = [];
    private readonly IElement? _articleRoot;
    private string? _lineMark;

    /// <summary>The article root, the headline and their ancestors: they hold the article, so none is furniture.</summary>
    private readonly HashSet<IElement> _spine = [];

    private HtmlTextRenderer(IElement? articleRoot, IElement? headline)
    {
        _articleRoot = articleRoot;
        foreach (var start in new[] { articleRoot, headline })
        {
            for (var element = start; element is not null; element = element.ParentElement)
            {
                _spine.Add(element);
            }
        }
    }

    public string Text => _text.ToString();

    public IReadOnlyList<MarkedSpan> Marks => _marks;

    public static HtmlTextRenderer Render(IDocument page)
    {
        var root = ArticleRoot(page);
        var renderer = new HtmlTextRenderer(root, (root ?? page.Body)?.QuerySelector("h1"));
        if (page.Body is not null)
        {
            renderer.Walk(page.Body, mark: null);
        }

        renderer.Flush();
        return renderer;
    }

    private void Walk(INode node, string? mark)
    {
        if (node is IText textNode)
        {
            AppendInline(textNode.Data, mark ?? OutsideArticle(textNode));
            return;
        }

        if (node is not IElement element || Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return;
        }

        mark ??= FurnitureMark(element);
        var isBlock = Blocks.Contains(element.LocalName);
        if (isBlock)
        {
            Flush();
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, mark);
        }

        if (isBlock)
        {
            Flush();
        }
        else if (element.LocalName is "td" or "th")
        {
            AppendInline(" ", mark);
        }
    }

    private string? OutsideArticle(INode node) =>
        _articleRoot is not null && !_articleRoot.Contains(node) ? "outside-article" : null;

    /// <summary>
    /// The element holding the article: the &lt;article&gt; with the page's h1 or, failing that, the one
    /// with most text (a teaser card can come first); else &lt;main&gt;; else none (the whole body counts).
    /// </summary>
    internal static IElement? ArticleRoot(IDocument page)
    {
        var articles = page.QuerySelectorAll("article");
        return articles.FirstOrDefault(a => a.QuerySelector("h1") is not null)
            ?? articles.OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
            ?? page.QuerySelector("main, [role=main]");
    }

    private string? FurnitureMark(IElement element)
    {
        if (Containers.Contains(element.LocalName) || _spine.Contains(element))
        {
            return null;
        }

        if (FurnitureElements.Contains(element.LocalName))
        {
            return element.LocalName;
        }

        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}"
            .Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return names.FirstOrDefault(FurnitureNames.Contains)?.ToLowerInvariant();
    }

    private void AppendInline(string data, string? mark)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F')
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                {
                    _line.Append(' ');
                }
            }
            else
            {
                _line.Append(c);
            }
        }

        // A paragraph is furniture only if its text came from furniture; the first mark seen wins.
        if (data.Any(c => !char.IsWhiteSpace(c)))
        {
            _lineMark ??= mark ?? string.Empty;
        }
    }

    private void Flush()
    {
        // Normalised here, before its offsets are recorded: character references ("&#1;", "&#xFEFF;",
        // "e&#x301;") bring in what the decoder's normalisation removed, and removing it from the whole
        // text afterwards would shift every mark after it.
        var line = ByteText.Normalize(_line.ToString()).Trim();
        _line.Clear();
        var mark = _lineMark;
        _lineMark = null;
        if (line.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        if (!string.IsNullOrEmpty(mark))
        {
            _marks.Add(new MarkedSpan(new TextSpan(_text.Length, line.Length), mark));
        }

        _text.Append(line);
    }
}
