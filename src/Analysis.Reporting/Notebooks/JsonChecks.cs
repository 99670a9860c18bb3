using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Reporting.Notebooks;

/// <summary>Checks of one JSON value against a schema rule, each adding a "where: what" problem when it fails.</summary>
internal static class JsonChecks
{
    public static void CheckKeys(List<string> problems, string where, JsonNode node, string[] required, string[]? allowed)
    {
        if (node is not JsonObject obj)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        problems.AddRange(required.Where(k => !obj.ContainsKey(k)).Select(k => $"{where}: \"{k}\" is required"));
        if (allowed is not null)
        {
            problems.AddRange(obj.Select(p => p.Key).Where(k => !allowed.Contains(k)).Select(k => $"{where}: \"{k}\" is not allowed here"));
        }
    }

    public static void CheckString(List<string> problems, string where, JsonNode? node)
    {
        if (node is not null && node.GetValueKind() != JsonValueKind.String)
        {
            problems.Add($"{where}: must be a string");
        }
    }

    public static void CheckMultiline(List<string> problems, string where, JsonNode? node)
    {
        var ok = node is null
            || node.GetValueKind() == JsonValueKind.String
            || (node is JsonArray lines && lines.All(l => l?.GetValueKind() == JsonValueKind.String));
        if (!ok)
        {
            problems.Add($"{where}: must be a string or an array of strings");
        }
    }

    public static bool IsInteger(JsonNode node, out int value)
    {
        value = 0;
        return node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue(out value);
    }
}
