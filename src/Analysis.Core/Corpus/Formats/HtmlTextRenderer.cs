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

    /// <summary>Class or id words that name furniture in common site themes.</summary>
    private static readonly string[] FurnitureNames =
    [
        "breadcrumb", "share", "sharing", "social", "related", "comment", "sidebar", "widget", "advert", "cookie",
        "newsletter", "menu", "navbar", "footer", "header", "popup", "subscribe", "promo", "tags",
    ];

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();
    private readonly List<MarkedSpan> _marks = [];
    private readonly IElement? _articleRoot;
    private string? _lineMark;

    private HtmlTextRenderer(IElement? articleRoot) => _articleRoot = articleRoot;

    public string Text => _text.ToString();

    public IReadOnlyList<MarkedSpan> Marks => _marks;

    public static HtmlTextRenderer Render(IDocument page)
    {
        var root = page.QuerySelector("article") ?? page.QuerySelector("main, [role=main]");
        var renderer = new HtmlTextRenderer(root);
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

    private static string? FurnitureMark(IElement element)
    {
        if (FurnitureElements.Contains(element.LocalName))
        {
            return element.LocalName;
        }

        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}".ToLowerInvariant();
        var hit = FurnitureNames.FirstOrDefault(n => names.Contains(n, StringComparison.Ordinal));
        return hit ?? (names.Contains("navigation", StringComparison.Ordinal) ? "nav" : null);
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
        var line = _line.ToString().Trim();
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
