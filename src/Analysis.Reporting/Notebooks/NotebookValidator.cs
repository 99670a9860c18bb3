using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// Checks a notebook against the structure of the nbformat 4 schema, the rules a Jupyter tool or a code
/// host relies on to open it: the top-level keys, each cell's type, source and metadata, code cells'
/// outputs and execution count, each output's required fields, MIME bundles, and cell ids from
/// nbformat 4.5 on. Problems are returned, not thrown, so all of them can be reported at once.
/// </summary>
/// <remarks>
/// A C# check rather than the JSON schema so tests need neither Python nor a schema engine; it covers
/// the schema's structural rules (required and allowed keys, types, enumerations, id pattern), not
/// every detail of the metadata sub-schemas.
/// </remarks>
public static partial class NotebookValidator
{
    private static readonly string[] TopLevel = ["cells", "metadata", "nbformat", "nbformat_minor"];
    private static readonly Dictionary<string, string[]> CellKeys = new(StringComparer.Ordinal)
    {
        ["code"] = ["cell_type", "execution_count", "id", "metadata", "outputs", "source"],
        ["markdown"] = ["attachments", "cell_type", "id", "metadata", "source"],
        ["raw"] = ["attachments", "cell_type", "id", "metadata", "source"],
    };

    /// <summary>The problems of a notebook file, or none; a file that is not JSON is one problem.</summary>
    public static IReadOnlyList<string> ValidateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return Validate(JsonNode.Parse(File.ReadAllText(path)));
        }
        catch (JsonException e)
        {
            return [$"not valid JSON: {e.Message}"];
        }
    }

    /// <summary>The problems of a loaded notebook (as it would be written), or none.</summary>
    public static IReadOnlyList<string> Validate(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return Validate(notebook.Root);
    }

    /// <summary>The problems of a notebook's JSON, each as "where: what", or none.</summary>
    public static IReadOnlyList<string> Validate(JsonNode? root)
    {
        var problems = new List<string>();
        if (root is not JsonObject notebook)
        {
            problems.Add("notebook: must be a JSON object");
            return problems;
        }

        JsonChecks.CheckKeys(problems, "notebook", notebook, TopLevel, TopLevel);
        if (notebook["nbformat"] is { } major && (!JsonChecks.IsInteger(major, out var version) || version != 4))
        {
            problems.Add("nbformat: must be 4");
        }

        var minor = 0;
        if (notebook["nbformat_minor"] is { } minorNode && (!JsonChecks.IsInteger(minorNode, out minor) || minor < 0))
        {
            problems.Add("nbformat_minor: must be a non-negative integer");
        }

        CheckNotebookMetadata(problems, notebook["metadata"]);
        if (notebook.ContainsKey("cells") && notebook["cells"] is not JsonArray)
        {
            problems.Add("cells: must be an array");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cells = notebook["cells"] as JsonArray ?? [];
        for (var i = 0; i < cells.Count; i++)
        {
            CheckCell(problems, $"cells[{i}]", cells[i], minor, ids);
        }

        return problems;
    }

    private static void CheckNotebookMetadata(List<string> problems, JsonNode? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        if (metadata is not JsonObject meta)
        {
            problems.Add("metadata: must be an object");
            return;
        }

        if (meta["kernelspec"] is { } kernelspec)
        {
            JsonChecks.CheckKeys(problems, "metadata.kernelspec", kernelspec, ["name", "display_name"], null);
            JsonChecks.CheckString(problems, "metadata.kernelspec.name", kernelspec["name"]);
            JsonChecks.CheckString(problems, "metadata.kernelspec.display_name", kernelspec["display_name"]);
        }

        if (meta["language_info"] is { } languageInfo)
        {
            JsonChecks.CheckKeys(problems, "metadata.language_info", languageInfo, ["name"], null);
            JsonChecks.CheckString(problems, "metadata.language_info.name", languageInfo["name"]);
        }
    }

    private static void CheckCell(List<string> problems, string where, JsonNode? node, int minor, HashSet<string> ids)
    {
        if (node is not JsonObject cell)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        var type = NotebookJson.Text(cell["cell_type"]);
        if (!CellKeys.TryGetValue(type, out var allowed))
        {
            problems.Add($"{where}.cell_type: must be code, markdown or raw, not \"{type}\"");
            return;
        }

        string[] required = type == "code" ? ["cell_type", "metadata", "source", "outputs", "execution_count"] : ["cell_type", "metadata", "source"];
        JsonChecks.CheckKeys(problems, where, cell, minor >= 5 ? [.. required, "id"] : required, allowed);
        JsonChecks.CheckMultiline(problems, $"{where}.source", cell["source"]);
        CheckCellMetadata(problems, $"{where}.metadata", cell["metadata"]);
        if (cell.ContainsKey("id"))
        {
            var id = cell["id"]?.GetValueKind() == JsonValueKind.String ? cell["id"]!.GetValue<string>() : null;
            if (id is null || id.Length is < 1 or > 64 || !CellId().IsMatch(id))
            {
                problems.Add($"{where}.id: must be 1 to 64 letters, digits, '-' or '_'");
            }
            else if (!ids.Add(id))
            {
                problems.Add($"{where}.id: \"{id}\" is used by another cell");
            }
        }

        if (type != "code")
        {
            return;
        }

        if (cell["execution_count"] is { } count && (!JsonChecks.IsInteger(count, out var n) || n < 0))
        {
            problems.Add($"{where}.execution_count: must be null or a non-negative integer");
        }

        if (cell.ContainsKey("outputs") && cell["outputs"] is not JsonArray)
        {
            problems.Add($"{where}.outputs: must be an array");
        }

        var outputs = cell["outputs"] as JsonArray ?? [];
        for (var i = 0; i < outputs.Count; i++)
        {
            OutputChecks.Check(problems, $"{where}.outputs[{i}]", outputs[i]);
        }
    }

    private static void CheckCellMetadata(List<string> problems, string where, JsonNode? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        if (metadata is not JsonObject meta)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        if (meta["tags"] is { } tags
            && (tags is not JsonArray list
                || list.Any(t => t?.GetValueKind() != JsonValueKind.String || t.GetValue<string>().Contains(',', StringComparison.Ordinal))
                || list.Select(t => t!.ToJsonString()).Distinct(StringComparer.Ordinal).Count() != list.Count))
        {
            problems.Add($"{where}.tags: must be an array of distinct strings without commas");
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]+$", RegexOptions.None, 1000)]
    private static partial Regex CellId();
}
