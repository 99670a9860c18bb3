using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Core.Notebook;

namespace Analysis.Reporting.Notebooks;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
/// <param name="OutputType"><c>display_data</c>, <c>execute_result</c>, <c>stream</c> or <c>error</c>.</param>
/// <param name="Data">For displays and results: the value by MIME type (an image as base64 text).</param>
/// <param name="Name">For a stream: <c>stdout</c> or <c>stderr</c>; for an error: the exception's type.</param>
/// <param name="Text">For a stream: what was written; for an error: the message.</param>
/// <param name="ExecutionCount">For a result: the cell's execution count.</param>
public sealed record NotebookOutput(
    string OutputType,
    IReadOnlyDictionary<string, string> Data,
    string? Name = null,
    string? Text = null,
    int? ExecutionCount = null)
{
    /// <summary>What <c>display(value)</c> shows.</summary>
    public static NotebookOutput Display(IReadOnlyDictionary<string, string> data) => new("display_data", data);

    /// <summary>The value of a cell's last expression.</summary>
    public static NotebookOutput Result(IReadOnlyDictionary<string, string> data, int executionCount) =>
        new("execute_result", data, ExecutionCount: executionCount);

    /// <summary>Text written to the console.</summary>
    public static NotebookOutput Stream(string name, string text) =>
        new("stream", new Dictionary<string, string>(StringComparer.Ordinal), name, text);

    /// <summary>The error a cell stopped on.</summary>
    public static NotebookOutput Error(string name, string message) =>
        new("error", new Dictionary<string, string>(StringComparer.Ordinal), name, message);

    /// <summary>True when the output carries an image.</summary>
    public bool HasImage => Data.ContainsKey(MimeTypes.Png);

    internal static NotebookOutput FromJson(JsonObject json)
    {
        var type = json["output_type"]?.GetValueKind() == JsonValueKind.String ? json["output_type"]!.GetValue<string>() : string.Empty;
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json["data"] is JsonObject bundle)
        {
            foreach (var (mime, value) in bundle)
            {
                data[mime] = value is JsonObject or null ? value?.ToJsonString() ?? string.Empty : NotebookJson.Text(value);
            }
        }

        return type switch
        {
            "stream" => new(type, data, NotebookJson.Text(json["name"]), NotebookJson.Text(json["text"])),
            "error" => new(type, data, NotebookJson.Text(json["ename"]), NotebookJson.Text(json["evalue"])),
            _ => new(type, data, ExecutionCount: json["execution_count"]?.GetValueKind() == JsonValueKind.Number ? json["execution_count"]!.GetValue<int>() : null),
        };
    }

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["output_type"] = OutputType };
        switch (OutputType)
        {
            case "stream":
                json["name"] = Name;
                json["text"] = NotebookJson.Lines(Text ?? string.Empty);
                break;
            case "error":
                json["ename"] = Name;
                json["evalue"] = Text;
                json["traceback"] = new JsonArray();
                break;
            default:
                json["data"] = Bundle();
                json["metadata"] = new JsonObject();
                if (OutputType == "execute_result")
                {
                    json["execution_count"] = ExecutionCount;
                }

                break;
        }

        return json;
    }

    // nbformat splits text types into lines and keeps binary data (base64) as one string.
    private JsonObject Bundle()
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in Data)
        {
            bundle[mime] = mime.StartsWith("text/", StringComparison.Ordinal) ? NotebookJson.Lines(value) : JsonValue.Create(value);
        }

        return bundle;
    }
}
