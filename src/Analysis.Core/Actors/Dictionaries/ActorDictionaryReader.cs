using System.Text.RegularExpressions;
using Analysis.Core.Corpus;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analysis.Core.Actors.Dictionaries;

/// <summary>
/// Reads the YAML actor dictionary format into <see cref="Actor"/>s. Works on YamlDotNet's node model
/// rather than deserialising into classes so that every error can name the line and column of the node
/// at fault, and so that a misspelt field ("alias:") is an error instead of being silently ignored.
/// </summary>
internal static partial class ActorDictionaryReader
{
    private static readonly string[] Fields = ["id", "name", "type", "country", "aliases", "acronyms", "demonyms", "combining_forms", "roles", "notes"];
    private static readonly string[] RoleFields = ["title", "organization", "from", "to", "notes"];

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ActorDictionaryException">The text is not valid YAML or not a valid dictionary.</exception>
    public static (List<Actor> Actors, List<DictionaryWarning> Warnings) Read(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new ActorDictionaryException($"{source}:{ex.Start.Line}:{ex.Start.Column}: not valid YAML: {Reason(ex)}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // Some malformed inputs make YamlDotNet's scanner fail without a position (an unclosed "[" in a
            // plain scalar, a duplicate key); the last token it read is where the problem starts.
            var mark = LastReadableMark(yaml);
            throw new ActorDictionaryException($"{source}:{mark.Line}:{mark.Column}: not valid YAML after this point ({ex.Message.TrimEnd('.')}); check brackets, quotes and repeated keys.", ex);
        }

        var actors = new List<Actor>();
        var warnings = new List<DictionaryWarning>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (actors, warnings);
        }

        var entries = EntriesOf(stream.Documents[0].RootNode, source);
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var actor = ReadActor(entry, source, warnings);
            if (seen.TryGetValue(actor.Id, out var first))
            {
                throw Error(source, entry, $"the id '{actor.Id}' is already used by the entry on line {first.Start.Line}; give each actor its own id (to replace a default actor, use its id once).");
            }

            seen.Add(actor.Id, entry);
            actors.Add(actor);
        }

        return (actors, warnings);
    }

    // The file is either "actors: [ ... ]" or a bare list of entries.
    private static IEnumerable<YamlMappingNode> EntriesOf(YamlNode root, string source)
    {
        var list = root switch
        {
            YamlSequenceNode sequence => sequence,
            YamlMappingNode mapping when mapping.Children.TryGetValue(new YamlScalarNode("actors"), out var value) => value as YamlSequenceNode
                ?? throw Error(source, value, "'actors' must be a list of entries, each starting with '- id: ...'."),
            _ => throw Error(source, root, "expected a top-level 'actors:' key holding a list of entries (see the default dictionary for an example)."),
        };

        foreach (var item in list)
        {
            yield return item as YamlMappingNode
                ?? throw Error(source, item, "each entry of 'actors' must be a mapping with at least 'id', 'name' and 'type'.");
        }
    }

    private static Actor ReadActor(YamlMappingNode entry, string source, List<DictionaryWarning> warnings)
    {
        CheckFields(entry, Fields, source);
        var id = Required(entry, "id", source);
        if (!IdPattern().IsMatch(id))
        {
            throw Error(source, entry.Children[new YamlScalarNode("id")], $"the id '{id}' must be lower case letters, digits, '-', '.', ':' or '_' (e.g. 'assimi-goita').");
        }

        var typeNode = entry.Children.TryGetValue(new YamlScalarNode("type"), out var t) ? t : entry;
        var type = ParseType(Required(entry, "type", source))
            ?? throw Error(source, typeNode, $"unknown type '{Scalar(typeNode)}' for '{id}'; use person, organization, country or place.");
        var actor = new Actor
        {
            Id = id,
            Name = Required(entry, "name", source),
            Type = type,
            Country = Optional(entry, "country", source) ?? (type == ActorType.Country ? id : string.Empty),
            Aliases = List(entry, "aliases", source),
            Acronyms = List(entry, "acronyms", source),
            Demonyms = List(entry, "demonyms", source),
            CombiningForms = List(entry, "combining_forms", source),
            Roles = Roles(entry, source),
            Source = $"{source}:{entry.Start.Line}",
        };
        if (type != ActorType.Country && (actor.Demonyms.Count > 0 || actor.CombiningForms.Count > 0))
        {
            warnings.Add(new DictionaryWarning(Location(source, entry), $"'{id}' is a {type.ToString().ToLowerInvariant()}: demonyms and combining forms are for countries and are ignored."));
            actor = actor with { Demonyms = [], CombiningForms = [] };
        }

        return actor;
    }

    private static List<DatedRole> Roles(YamlMappingNode entry, string source)
    {
        if (!entry.Children.TryGetValue(new YamlScalarNode("roles"), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw Error(source, node, "'roles' must be a list of '- title: ..., organization: ..., from: ..., to: ...'.");
        }

        var roles = new List<DatedRole>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode role)
            {
                throw Error(source, item, "each role must be a mapping with 'title' and optionally 'organization', 'from', 'to'.");
            }

            CheckFields(role, RoleFields, source);
            var from = Date(role, "from", source);
            var to = Date(role, "to", source);
            if (from.IsKnown && to.IsKnown && from.FirstDay > to.LastDay)
            {
                throw Error(source, role, $"the role's 'from' ({from}) is after its 'to' ({to}).");
            }

            roles.Add(new DatedRole(Required(role, "title", source), Optional(role, "organization", source) ?? string.Empty, from, to));
        }

        return roles;
    }

    private static PartialDate Date(YamlMappingNode node, string key, string source)
    {
        var text = Optional(node, key, source);
        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        throw Error(source, node.Children[new YamlScalarNode(key)], $"'{text}' is not a date; write yyyy, yyyy-MM or yyyy-MM-dd, or leave '{key}' empty.");
    }

    private static void CheckFields(YamlMappingNode node, string[] known, string source)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = Scalar(key);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw Error(source, key, $"unknown field '{name}'; the fields are {string.Join(", ", known)}.");
            }
        }
    }

    private static string Required(YamlMappingNode node, string key, string source) =>
        Optional(node, key, source) is { Length: > 0 } value
            ? value
            : throw Error(source, node, $"the entry has no '{key}'; every entry needs 'id', 'name' and 'type' (roles need a 'title').");

    private static string? Optional(YamlMappingNode node, string key, string source)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        return value is YamlScalarNode scalar
            ? scalar.Value?.Trim()
            : throw Error(source, value, $"'{key}' must be a single value, not a list or a mapping.");
    }

    private static List<string> List(YamlMappingNode node, string key, string source)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return [];
        }

        return value switch
        {
            YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode scalar => [scalar.Value!.Trim()],
            YamlSequenceNode sequence => [.. sequence.Select(item => item is YamlScalarNode { Value: { } text }
                ? text.Trim()
                : throw Error(source, item, $"each item of '{key}' must be a plain name."))
                .Where(text => text.Length > 0)],
            _ => throw Error(source, value, $"'{key}' must be a list such as [name one, name two]."),
        };
    }

    internal static ActorType? ParseType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "person" => ActorType.Person,
        "organization" or "organisation" or "org" => ActorType.Organization,
        "country" => ActorType.Country,
        "place" => ActorType.Place,
        _ => null,
    };

    private static string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : node.ToString();

    private static string Location(string source, YamlNode node) => $"{source}:{node.Start.Line}:{node.Start.Column}";

    private static ActorDictionaryException Error(string source, YamlNode node, string message) =>
        new($"{Location(source, node)}: {message}");

    private static Mark LastReadableMark(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var mark = Mark.Empty;
        try
        {
            while (scanner.MoveNext())
            {
                mark = scanner.Current?.Start ?? mark;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Expected: the scanner stops where the text stops being YAML.
        }

        return mark;
    }

    // YamlDotNet's messages start with the position again; the one we print first is enough.
    private static string Reason(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._:-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();
}
