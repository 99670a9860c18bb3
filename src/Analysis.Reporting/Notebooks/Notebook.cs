using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Core.IO;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4) as VS Code Polyglot Notebooks writes it. Reading keeps the whole JSON,
/// so writing back changes only what was changed (outputs, usually), in nbformat's own layout.
/// </summary>
public sealed class Notebook
{
    private readonly JsonObject _root;
    private readonly List<NotebookCell> _cells;

    private Notebook(JsonObject root, string? path)
    {
        _root = root;
        Path = path;
        if (root["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException($"{Describe(path)} has no \"cells\" array: it is not an nbformat 4 notebook.");
        }

        _cells = [];
        foreach (var cell in cells)
        {
            if (cell is not JsonObject json)
            {
                throw new NotebookFormatException($"{Describe(path)}: cell {_cells.Count} is not a JSON object.");
            }

            // As nbformat reads and writes: a notebook saved with sources as single strings is written
            // back with arrays of lines, like every Jupyter tool and VS Code would.
            NotebookJson.SplitLines(json);
            _cells.Add(new NotebookCell(json, _cells.Count));
        }
    }

    /// <summary>The file the notebook was read from, or null.</summary>
    public string? Path { get; }

    /// <summary>The format's minor version (cell ids are required from 5 on).</summary>
    public int FormatMinor => _root["nbformat_minor"]?.GetValueKind() == JsonValueKind.Number ? _root["nbformat_minor"]!.GetValue<int>() : 0;

    /// <summary>The notebook's metadata (kernelspec, polyglot_notebook, and anything else, kept as found).</summary>
    public JsonObject Metadata => _root["metadata"] as JsonObject ?? (JsonObject)(_root["metadata"] = new JsonObject());

    /// <summary>All cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => _cells;

    /// <summary>The code cells in order.</summary>
    public IEnumerable<NotebookCell> CodeCells => _cells.Where(c => c.IsCode);

    /// <summary>The whole document (for validation).</summary>
    internal JsonObject Root => _root;

    /// <summary>Reads a notebook file.</summary>
    /// <exception cref="NotebookFormatException">The file is not JSON or has no cells.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Notebook Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Reads a notebook from its JSON text; <paramref name="path"/> only names it in messages.</summary>
    /// <exception cref="NotebookFormatException">The text is not JSON or has no cells.</exception>
    public static Notebook Parse(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"{Describe(path)} is not valid JSON: {e.Message}", e);
        }

        return root is JsonObject obj
            ? new Notebook(obj, path)
            : throw new NotebookFormatException($"{Describe(path)} is not a JSON object: it is not a notebook.");
    }

    /// <summary>
    /// An empty C# notebook for VS Code Polyglot Notebooks: kernelspec <c>.net-csharp</c> and the
    /// <c>polyglot_notebook</c> kernel information the extension writes.
    /// </summary>
    public static Notebook CreatePolyglot() => Parse(PolyglotTemplate);

    /// <summary>Appends a markdown cell.</summary>
    public NotebookCell AddMarkdown(string source) =>
        Add(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = NotebookJson.Lines(source ?? string.Empty) });

    /// <summary>Appends a C# code cell, with <paramref name="tags"/> (e.g. <c>chart</c>) in its metadata.</summary>
    public NotebookCell AddCode(string source, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        };
        if (tags.Length > 0)
        {
            metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
        }

        return Add(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = metadata,
            ["outputs"] = new JsonArray(),
            ["source"] = NotebookJson.Lines(source ?? string.Empty),
        });
    }

    /// <summary>The notebook as nbformat writes it (sorted keys, one-space indentation, final newline).</summary>
    public string ToJson() => NotebookJson.Serialize(_root);

    /// <summary>
    /// Writes the notebook to <paramref name="path"/> through a temporary file, so an interrupted write
    /// never leaves half a notebook. Returns false, writing nothing, when the file already holds exactly
    /// this text (its date then tells when its content last changed).
    /// </summary>
    public bool Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var json = ToJson();
        if (File.Exists(path) && File.ReadAllText(path) == json)
        {
            return false;
        }

        AtomicFile.WriteAllText(path, writer => writer.Write(json));
        return true;
    }

    private NotebookCell Add(JsonObject json)
    {
        if (FormatMinor >= 5)
        {
            // Ids are required from nbformat 4.5 on; a counter keeps a generated notebook deterministic.
            var used = _cells.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var number = _cells.Count + 1;
            while (used.Contains($"cell-{number}"))
            {
                number++;
            }

            json["id"] = $"cell-{number}";
        }

        var cells = (JsonArray)_root["cells"]!;
        cells.Add(json);
        var cell = new NotebookCell(json, _cells.Count);
        _cells.Add(cell);
        return cell;
    }

    private static string Describe(string? path) => path is null ? "The notebook" : System.IO.Path.GetFileName(path);

    private const string PolyglotTemplate = """
        {
          "cells": [],
          "metadata": {
            "kernelspec": { "display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp" },
            "language_info": { "name": "polyglot-notebook" },
            "polyglot_notebook": {
              "kernelInfo": { "defaultKernelName": "csharp", "items": [ { "aliases": [], "name": "csharp" } ] }
            }
          },
          "nbformat": 4,
          "nbformat_minor": 2
        }
        """;
}
