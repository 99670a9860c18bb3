using System.Text.Json;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// news-please output saved one article per file (<c>.json</c>), or an array of articles. A <c>.json</c>
/// file that is really JSON Lines (one object per line) is read as such.
/// </summary>
internal sealed class NewsPleaseFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public IEnumerable<FormatItem> Read(byte[] bytes)
    {
        var decoded = ByteText.DecodeOnly(bytes);
        if (decoded.Problem is not null)
        {
            return [FormatItem.Failed(decoded.Problem)];
        }

        if (LooksLikeJsonLines(decoded.Text))
        {
            return NewsPleaseLinesFormat.ReadLines(decoded);
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded.Text, NewsPleaseArticle.JsonOptions);
        }
        catch (JsonException ex)
        {
            return [FormatItem.Failed($"malformed JSON at line {(ex.LineNumber ?? 0) + 1}: {NewsPleaseArticle.FirstSentence(ex.Message)}")];
        }

        using (json)
        {
            return json.RootElement.ValueKind == JsonValueKind.Array
                ? [.. json.RootElement.EnumerateArray().Select((element, i) => NewsPleaseArticle.Read(element, decoded, i + 1))]
                : [NewsPleaseArticle.Read(json.RootElement, decoded, null)];
        }
    }

    /// <summary>Several non-blank lines that each hold one whole object: JSON Lines under a .json name.</summary>
    private static bool LooksLikeJsonLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 1 && lines.All(l => l.StartsWith('{') && l.EndsWith('}'));
    }
}
