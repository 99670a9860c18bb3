using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// YAML front matter at the top of a Markdown file, as written by static-site generators and note
/// tools: <c>title</c>, <c>date</c>, <c>author</c>/<c>authors</c>, <c>source</c>/<c>outlet</c>/<c>site</c>,
/// <c>url</c>, <c>lang</c>/<c>language</c>. Unknown keys are ignored; malformed YAML means "no front matter".
/// </summary>
internal static class FrontMatter
{
    public static bool TryRead(string text, out SourceMetadata metadata, out int length)
    {
        metadata = SourceMetadata.Empty;
        length = 0;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return false;
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0 || (close + 4 < text.Length && text[close + 4] != '\n'))
        {
            return false;
        }

        // In "---\n---" the closing line shares the opening line's newline: the block is empty.
        var fields = Parse(close < 4 ? string.Empty : text[4..close]);
        if (fields is null)
        {
            return false;
        }

        length = close + 4;
        metadata = new SourceMetadata
        {
            Title = First(fields, "title", "headline"),
            Date = First(fields, "date", "date_publish", "published", "publishdate"),
            Outlet = First(fields, "outlet", "source", "site", "source_domain", "publisher"),
            Authors = fields.TryGetValue("authors", out var many) ? many : fields.TryGetValue("author", out var one) ? one : [],
            Language = First(fields, "lang", "language"),
            Url = First(fields, "url", "link", "source_url"),
        };
        return true;
    }

    private static Dictionary<string, List<string>>? Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        // YamlDotNet's scanner throws InvalidOperationException, not YamlException, on some malformed
        // input (": [\nr"); either way the block is not front matter.
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            return null;
        }

        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                fields[name] = value switch
                {
                    YamlScalarNode { Value: { } scalar } => [scalar],
                    YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
                    _ => [],
                };
            }
        }

        return fields;
    }

    private static string? First(Dictionary<string, List<string>> fields, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]))
            {
                return values[0].Trim();
            }
        }

        return null;
    }
}
