using System.Text;
using Analysis.Core.Text;
using CsvHelper;

namespace Analysis.Core.Actors.Dictionaries;

/// <summary>
/// Reads the dictionary form analysts keep in spreadsheets: a CSV or TSV file with a header row and the
/// columns <c>name</c>, <c>type</c>, optional <c>country</c> (an actor id, as in the YAML form) and
/// <c>aliases</c> separated by <c>|</c>; <c>id</c> and <c>acronyms</c> may be added. Without an id column,
/// an entry's id is its name in lower case without accents ("Assimi Goïta" → <c>assimi-goita</c>), so a
/// row naming a built-in actor replaces it, as a YAML entry with its id would. Errors name the line.
/// </summary>
internal static class ActorTableReader
{
    private static readonly string[] Columns = ["id", "name", "type", "country", "aliases", "acronyms"];

    /// <summary>
    /// The separator of a .csv file, from its header row: a comma, or a semicolon where a French
    /// spreadsheet wrote one (its decimal comma takes the comma).
    /// </summary>
    public static char Separator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return header.Count(';') > header.Count(',') ? ';' : ',';
    }

    public static List<Actor> Read(string text, char separator, string source)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = separator, TrackLineNumbers = true });
        csv.ReadHeader();
        if (csv.Headers.Count == 0)
        {
            return [];
        }

        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.FirstOrDefault(h => !Columns.Contains(h)) is { } unknown)
        {
            throw new ActorDictionaryException($"{source}:1: unknown column '{unknown}'; the columns are name, type, country and aliases (id and acronyms may be added).");
        }

        if (!header.Contains("name") || !header.Contains("type"))
        {
            throw new ActorDictionaryException($"{source}:1: the header row must name the columns 'name' and 'type' (found: {string.Join(", ", header)}).");
        }

        var actors = new List<Actor>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        while (Next(csv, source))
        {
            var line = csv.LineNumber;
            string Field(string column)
            {
                var index = header.IndexOf(column);
                return index >= 0 && index < csv.FieldCount ? csv.GetString(index).Trim() : string.Empty;
            }

            if (Columns.All(c => Field(c).Length == 0))
            {
                continue; // A blank row between blocks of a spreadsheet.
            }

            var actor = ReadRow(Field, $"{source}:{line}");
            if (lines.TryGetValue(actor.Id, out var first))
            {
                throw new ActorDictionaryException($"{source}:{line}: the id '{actor.Id}' is already used on line {first}; give each actor its own name or id.");
            }

            lines.Add(actor.Id, line);
            actors.Add(actor);
        }

        return actors;
    }

    private static bool Next(CsvReader csv, string source)
    {
        try
        {
            return csv.Read();
        }
        catch (FormatException ex)
        {
            throw new ActorDictionaryException($"{source}:{csv.LineNumber}: not a valid table row ({ex.Message})", ex);
        }
    }

    private static Actor ReadRow(Func<string, string> field, string location)
    {
        var name = field("name");
        if (name.Length == 0)
        {
            throw new ActorDictionaryException($"{location}: the row has no name.");
        }

        var type = ActorDictionaryReader.ParseType(field("type"))
            ?? throw new ActorDictionaryException($"{location}: unknown type '{field("type")}' for '{name}'; use person, organization, country or place.");
        var id = field("id").Length > 0 ? field("id") : IdOf(name);
        if (!ActorDictionaryReader.IdPattern().IsMatch(id))
        {
            throw new ActorDictionaryException($"{location}: the id '{id}' must be lower case letters, digits, '-', '.', ':' or '_' (e.g. 'assimi-goita').");
        }

        return new Actor
        {
            Id = id,
            Name = name,
            Type = type,
            Country = field("country").Length > 0 ? field("country") : (type == ActorType.Country ? id : string.Empty),
            Aliases = List(field("aliases")),
            Acronyms = List(field("acronyms")),
            Source = location,
        };
    }

    // "Assimi Goïta" → "assimi-goita", the form of the built-in ids.
    private static string IdOf(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (var c in TextFolding.Fold(name))
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', id.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<string> List(string cell) => [.. cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
