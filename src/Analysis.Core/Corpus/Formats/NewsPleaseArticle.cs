using System.Globalization;
using System.Text;
using System.Text.Json;
using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// One news-please article object. Fields read: <c>title</c>, <c>maintext</c> (or <c>text</c>),
/// <c>description</c>, <c>date_publish</c>, <c>source_domain</c>, <c>url</c>, <c>authors</c>,
/// <c>language</c>. The article text is the title, a blank line, then the main text, so headline
/// mentions have offsets too.
/// </summary>
internal static class NewsPleaseArticle
{
    public static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static FormatItem Read(JsonElement element, ByteText decoded, int? item)
    {
        var where = item is null ? string.Empty : $"item {item}: ";
        if (element.ValueKind != JsonValueKind.Object)
        {
            return FormatItem.Failed($"{where}expected a JSON object, found {element.ValueKind.ToString().ToLowerInvariant()}", item);
        }

        var title = Clean(String(element, "title"));
        var body = Clean(String(element, "maintext") ?? String(element, "text"));
        var description = Clean(String(element, "description"));
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
        {
            return FormatItem.Failed($"{where}no 'title' or 'maintext' field: not a news-please article", item);
        }

        // news-please keeps the lead in 'description' and often leaves it out of 'maintext'.
        if (!string.IsNullOrWhiteSpace(description) && body is not null && !body.Contains(description, StringComparison.Ordinal))
        {
            body = description + "\n\n" + body;
        }

        var text = string.Join("\n\n", new[] { title, body ?? description }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var metadata = new SourceMetadata
        {
            Title = title,
            Date = String(element, "date_publish") ?? String(element, "date_modify"),
            Outlet = String(element, "source_domain"),
            Authors = Strings(element, "authors"),
            Language = String(element, "language"),
            Url = String(element, "url"),
        };
        return FormatItem.Of(new SourceArticle(text, metadata, new SegmentationHints(title, []), decoded.Encoding, decoded.Notes), item);
    }

    private static string? Clean(string? value) => value is null ? null : ByteText.Normalize(value).Trim();

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Text(value) : null;

    /// <summary>
    /// The string's value. An escaped unpaired surrogate ("\ud83d", left where a string was cut inside an
    /// emoji) is valid JSON that GetString refuses with an InvalidOperationException, which would cost the
    /// whole file; unescaped by hand, the surrogate is replaced later by the text normaliser, as in any text.
    /// </summary>
    private static string Text(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = value.GetRawText();
            var text = new StringBuilder(raw.Length);
            for (var i = 1; i < raw.Length - 1; i++)
            {
                if (raw[i] != '\\')
                {
                    text.Append(raw[i]);
                    continue;
                }

                // The parser has checked the escapes: a letter after the backslash, four hex digits after "u".
                var escaped = raw[++i];
                text.Append(escaped switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                    _ => escaped,
                });
                i += escaped == 'u' ? 4 : 0;
            }

            return text.ToString();
        }
    }

    private static List<string> Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => ByteText.Normalize(Text(v)))],
            JsonValueKind.String => [ByteText.Normalize(Text(value))],
            _ => [],
        };
    }

    public static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
