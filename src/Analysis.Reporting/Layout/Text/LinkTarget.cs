namespace Analysis.Reporting.Layout.Text;

/// <summary>Where a clickable run leads: a web address, or a named place in the same document.</summary>
/// <param name="Url">An external address (http, https, mailto); null for an internal link.</param>
/// <param name="Anchor">The name of a destination in the document; null for an external link.</param>
internal sealed record LinkTarget(string? Url, string? Anchor)
{
    /// <summary>A link to a web address.</summary>
    public static LinkTarget External(string url) => new(url, null);

    /// <summary>A link to a destination in the same document (a heading, a numbered source).</summary>
    public static LinkTarget Internal(string anchor) => new(null, anchor);
}
