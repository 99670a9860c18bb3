using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Reporting.Notebooks;

/// <summary>The nbformat 4 rules for one output of a code cell and its MIME bundle.</summary>
internal static partial class OutputChecks
{
    private static readonly Dictionary<string, (string[] Required, string[] Allowed)> OutputKeys = new(StringComparer.Ordinal)
    {
        ["execute_result"] = (["output_type", "data", "metadata", "execution_count"], []),
        ["display_data"] = (["output_type", "data", "metadata"], ["transient"]),
        ["stream"] = (["output_type", "name", "text"], []),
        ["error"] = (["output_type", "ename", "evalue", "traceback"], []),
    };

    public static void Check(List<string> problems, string where, JsonNode? node)
    {
        if (node is not JsonObject output)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        var type = NotebookJson.Text(output["output_type"]);
        if (!OutputKeys.TryGetValue(type, out var keys))
        {
            problems.Add($"{where}.output_type: must be execute_result, display_data, stream or error, not \"{type}\"");
            return;
        }

        JsonChecks.CheckKeys(problems, where, output, keys.Required, [.. keys.Required, .. keys.Allowed]);
        switch (type)
        {
            case "execute_result" or "display_data":
                CheckBundle(problems, $"{where}.data", output["data"]);
                if (output["metadata"] is { } metadata and not JsonObject)
                {
                    problems.Add($"{where}.metadata: must be an object");
                }

                if (type == "execute_result" && output["execution_count"] is { } count && (!JsonChecks.IsInteger(count, out var n) || n < 0))
                {
                    problems.Add($"{where}.execution_count: must be null or a non-negative integer");
                }

                break;
            case "stream":
                JsonChecks.CheckString(problems, $"{where}.name", output["name"]);
                JsonChecks.CheckMultiline(problems, $"{where}.text", output["text"]);
                break;
            default:
                JsonChecks.CheckString(problems, $"{where}.ename", output["ename"]);
                JsonChecks.CheckString(problems, $"{where}.evalue", output["evalue"]);
                if (output["traceback"] is not JsonArray traceback || traceback.Any(l => l?.GetValueKind() != JsonValueKind.String))
                {
                    problems.Add($"{where}.traceback: must be an array of strings");
                }

                break;
        }
    }

    private static void CheckBundle(List<string> problems, string where, JsonNode? node)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonObject bundle)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        foreach (var (mime, value) in bundle)
        {
            // JSON MIME types hold any JSON; every other type holds text (a string or a list of lines).
            var isJson = mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);
            if (!MimeType().IsMatch(mime))
            {
                problems.Add($"{where}: \"{mime}\" is not a MIME type");
            }
            else if (!isJson)
            {
                JsonChecks.CheckMultiline(problems, $"{where}[\"{mime}\"]", value);
            }
        }
    }

    [GeneratedRegex(@"^[a-zA-Z0-9\-\+\.]+/[a-zA-Z0-9\-\+\.]+$", RegexOptions.None, 1000)]
    private static partial Regex MimeType();
}
