using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// The .ipynb conventions Jupyter's nbformat writes and VS Code keeps: keys sorted, one space of
/// indentation, "\n" line ends, a final newline, non-ASCII text as is, multi-line text as an array of
/// lines. Following them makes a re-run that changes nothing leave the file byte-identical, and keeps
/// diffs small when a Jupyter-family tool saves the same notebook.
/// </summary>
internal static class NotebookJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        IndentCharacter = ' ',
        NewLine = "\n",

        // Article text is French: é stays é. The file is data, never inlined into a page, so the
        // characters the default encoder escapes for HTML safety (<, >, &, ') need no escaping here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteSorted(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Text as nbformat stores it: lines that keep their "\n", the last one without it; empty text is no line.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..stop]);
            start = stop;
        }

        return lines;
    }

    /// <summary>
    /// Stores a cell's multi-line strings as nbformat writes them: the source, a stream's text and the
    /// text types of a MIME bundle as arrays of lines; images and JSON stay as they are.
    /// </summary>
    public static void SplitLines(JsonObject cell)
    {
        SplitString(cell, "source");
        foreach (var output in (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
        {
            SplitString(output, "text");
            if (output["data"] is JsonObject bundle)
            {
                foreach (var mime in bundle.Select(p => p.Key).Where(m => m.StartsWith("text/", StringComparison.Ordinal)).ToList())
                {
                    SplitString(bundle, mime);
                }
            }
        }
    }

    /// <summary>A "multiline string" (a string or an array of strings) as one string; anything else as empty.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValueKind() == JsonValueKind.String ? l.GetValue<string>() : string.Empty)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => string.Empty,
    };

    private static void SplitString(JsonObject owner, string key)
    {
        if (owner[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            owner[key] = Lines(value.GetValue<string>());
        }
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
