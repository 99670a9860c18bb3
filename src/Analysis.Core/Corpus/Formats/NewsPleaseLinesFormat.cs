using System.Text.Json;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// news-please output as JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one article per line. A malformed
/// line is reported with its number and the other lines still load.
/// </summary>
internal sealed class NewsPleaseLinesFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<FormatItem> Read(byte[] bytes)
    {
        var decoded = ByteText.DecodeOnly(bytes);
        return decoded.Problem is not null ? [FormatItem.Failed(decoded.Problem)] : ReadLines(decoded);
    }

    internal static IEnumerable<FormatItem> ReadLines(ByteText decoded)
    {
        var lineNumber = 0;
        foreach (var line in decoded.Text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            FormatItem item;
            try
            {
                using var json = JsonDocument.Parse(line, NewsPleaseArticle.JsonOptions);
                item = NewsPleaseArticle.Read(json.RootElement, decoded, lineNumber);
            }
            catch (JsonException ex)
            {
                item = FormatItem.Failed($"line {lineNumber}: malformed JSON ({NewsPleaseArticle.FirstSentence(ex.Message)})", lineNumber);
            }

            yield return item;
        }
    }
}
