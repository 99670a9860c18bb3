using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// One cell of a notebook: a view over its JSON, so metadata this library does not know (VS Code's,
/// Jupyter's, a user's) is kept as it is when the notebook is written back.
/// </summary>
public sealed class NotebookCell
{
    private readonly JsonObject _json;

    internal NotebookCell(JsonObject json, int index)
    {
        _json = json;
        Index = index;
    }

    /// <summary>Position among all cells, from 0.</summary>
    public int Index { get; }

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => NotebookJson.Text(_json["cell_type"]);

    /// <summary>True for a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell's text, whether the file stores it as one string or as lines.</summary>
    public string Source
    {
        get => NotebookJson.Text(_json["source"]);
        set => _json["source"] = NotebookJson.Lines(value ?? string.Empty);
    }

    /// <summary>The cell's metadata, kept and written back as found (created empty if the cell has none).</summary>
    public JsonObject Metadata => _json["metadata"] as JsonObject ?? (JsonObject)(_json["metadata"] = new JsonObject());

    /// <summary>The cell's tags (<c>metadata.tags</c>), e.g. <c>chart</c>.</summary>
    public IReadOnlyList<string> Tags =>
        _json["metadata"]?["tags"] is JsonArray tags
            ? tags.Where(t => t?.GetValueKind() == JsonValueKind.String).Select(t => t!.GetValue<string>()).ToList()
            : [];

    /// <summary>
    /// The kernel the cell runs in: Polyglot Notebooks' <c>metadata.polyglot_notebook.kernelName</c>, or the
    /// older <c>metadata.dotnet_interactive.language</c>; C# when neither is given.
    /// </summary>
    public string KernelName
    {
        get
        {
            var metadata = _json["metadata"] as JsonObject;
            var name = NotebookJson.Text(metadata?["polyglot_notebook"]?["kernelName"]);
            name = name.Length > 0 ? name : NotebookJson.Text(metadata?["dotnet_interactive"]?["language"]);
            return name.Length > 0 ? name : "csharp";
        }
    }

    /// <summary>The cell's outputs (none for markdown and raw cells).</summary>
    public IReadOnlyList<NotebookOutput> Outputs =>
        _json["outputs"] is JsonArray outputs ? outputs.OfType<JsonObject>().Select(NotebookOutput.FromJson).ToList() : [];

    /// <summary>The code cell's execution count, or null when it has not run.</summary>
    public int? ExecutionCount =>
        _json["execution_count"]?.GetValueKind() == JsonValueKind.Number ? _json["execution_count"]!.GetValue<int>() : null;

    /// <summary>The cell's id (nbformat 4.5 and later), or empty.</summary>
    public string Id => NotebookJson.Text(_json["id"]);

    internal JsonObject Json => _json;

    /// <summary>Replaces the outputs and the execution count of a code cell.</summary>
    internal void SetOutputs(IEnumerable<NotebookOutput> outputs, int? executionCount)
    {
        _json["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o.ToJson()).ToArray());
        _json["execution_count"] = executionCount;
    }
}
