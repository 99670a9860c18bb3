using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// Plain text and Markdown: the whole file is one article. A Markdown file may open with YAML front
/// matter (<c>---</c> … <c>---</c>); its fields become metadata and its lines are marked as furniture.
/// </summary>
internal sealed class PlainTextFormat(HtmlFormat html) : IArticleFormat
{
    public PlainTextFormat()
        : this(new HtmlFormat())
    {
    }

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".text"];

    public IEnumerable<FormatItem> Read(byte[] bytes)
    {
        var decoded = ByteText.Decode(bytes);
        if (decoded.Problem is not null)
        {
            yield return FormatItem.Failed(decoded.Problem);
            yield break;
        }

        if (HtmlFormat.IsPage(decoded.Text))
        {
            // Read as the page it is, or its scripts would become prose and its entities names.
            yield return html.Read(decoded with { Notes = [.. decoded.Notes, "an HTML page in a text file: read as HTML"] });
            yield break;
        }

        var text = decoded.Text;
        var metadata = SourceMetadata.Empty;
        var hints = SegmentationHints.None;
        if (FrontMatter.TryRead(text, out var frontMatter, out var frontMatterLength))
        {
            metadata = frontMatter;
            hints = new SegmentationHints(frontMatter.Title, [new MarkedSpan(new TextSpan(0, frontMatterLength), "front-matter")]);
        }

        yield return FormatItem.Of(new SourceArticle(text, metadata, hints, decoded.Encoding, decoded.Notes));
    }
}
