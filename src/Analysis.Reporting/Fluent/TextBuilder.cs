using Analysis.Reporting.Layout.Text;
using SkiaSharp;

namespace Analysis.Reporting.Fluent;

/// <summary>Composes a paragraph from runs: plain, bold, italic, links, citation markers.</summary>
public sealed class TextBuilder
{
    private static readonly SKColor LinkColor = new(0x1F, 0x5A, 0x96);
    private readonly List<TextRun> _runs = [];
    private readonly TextStyle _style;
    private readonly bool _french;

    internal TextBuilder(TextStyle style, bool frenchTypography)
    {
        _style = style;
        _french = frenchTypography;
    }

    internal IReadOnlyList<TextRun> Runs => _runs;

    /// <summary>The destination name links can point at; null for none.</summary>
    internal string? Anchor { get; private set; }

    /// <summary>Plain text.</summary>
    public TextBuilder Text(string text) => Add(text, _style);

    /// <summary>Bold text.</summary>
    public TextBuilder Bold(string text) => Add(text, _style.AsBold());

    /// <summary>Italic text.</summary>
    public TextBuilder Italic(string text) => Add(text, _style.AsItalic());

    /// <summary>Smaller, grey text, for a note or a source line.</summary>
    public TextBuilder Muted(string text) => Add(text, _style.WithSize(_style.Size * 0.85f).WithColor(new SKColor(0x5C, 0x64, 0x70)));

    /// <summary>
    /// A clickable web address shown as <paramref name="text"/>. Only an absolute http, https or mailto
    /// address becomes a link; any other (javascript:, file:, a relative one) leaves the text plain.
    /// </summary>
    public TextBuilder Link(string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Addresses come from articles: a viewer may hand a javascript: or file: link to a browser or the
        // system, so the text is kept and the link dropped.
        var safe = url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeMailto);
        return safe ? Add(text, _style.WithColor(LinkColor), LinkTarget.External(url.AbsoluteUri)) : Add(text, _style);
    }

    /// <summary>A link to a destination in the document (a heading, a source) shown as <paramref name="text"/>.</summary>
    public TextBuilder LinkTo(string text, string anchor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(anchor);
        return Add(text, _style.WithColor(LinkColor), LinkTarget.Internal(anchor));
    }

    /// <summary>A citation marker "[n]" that leads to the source's entry, marked with <paramref name="anchor"/>.</summary>
    public TextBuilder Citation(int number, string anchor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(anchor);
        return Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{number}]"), _style.WithColor(LinkColor), LinkTarget.Internal(anchor));
    }

    /// <summary>Names this paragraph as a destination, so <see cref="LinkTo"/> and <see cref="Citation"/> can lead to it.</summary>
    public TextBuilder Destination(string anchor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(anchor);
        Anchor = anchor;
        return this;
    }

    private TextBuilder Add(string text, TextStyle style, LinkTarget? link = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0)
        {
            _runs.Add(new TextRun(_french ? FrenchTypography.Apply(text) : text, style, link));
        }

        return this;
    }
}
