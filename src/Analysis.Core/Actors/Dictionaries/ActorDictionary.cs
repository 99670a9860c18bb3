using Analysis.Core.IO;
using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Dictionaries;

/// <summary>
/// The actors the extractor knows by name: a list of <see cref="Actor"/> entries read from YAML, with the
/// warnings that reading them raised. The library ships a default dictionary for the Sahel
/// (<see cref="Default"/>); a user's file extends it or overrides entries by id (<see cref="Extend"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "An actor dictionary is the domain's name for this file format (event-data coders' actor dictionaries).")]
public sealed class ActorDictionary
{
    private const string DefaultResource = "Analysis.Core.Actors.Dictionaries.sahel-actors.yaml";

    private static readonly Lazy<ActorDictionary> DefaultDictionary = new(() =>
        new ActorDictionary([], []).Extend(Parse(EmbeddedText.Read(DefaultResource), "sahel-actors.yaml (default)")));

    private readonly Dictionary<string, Actor> _byId;

    private ActorDictionary(IReadOnlyList<Actor> actors, IReadOnlyList<DictionaryWarning> warnings)
    {
        Actors = actors;
        Warnings = warnings;
        _byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>The Sahel dictionary shipped with the library (countries, leaders with dated roles,
    /// armies, alliances, armed groups, partners, places).</summary>
    public static ActorDictionary Default => DefaultDictionary.Value;

    /// <summary>A dictionary with no entry: everything found is discovered.</summary>
    public static ActorDictionary Empty { get; } = new([], []);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Problems that did not stop loading (shared aliases, unknown references), with locations.</summary>
    public IReadOnlyList<DictionaryWarning> Warnings { get; }

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public Actor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads a dictionary from YAML text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ActorDictionaryException">The text is not a valid dictionary (the message gives line and column).</exception>
    public static ActorDictionary Parse(string yaml, string source = "actors.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (actors, warnings) = ActorDictionaryReader.Read(yaml, source);
        // References to countries and organizations are checked when the file is combined with the
        // dictionary it extends (Extend), since a user's file may name the default's actors.
        warnings.AddRange(AliasClaims.SharedWithinOneFile(actors));
        return new ActorDictionary(actors, warnings);
    }

    /// <summary>
    /// Reads a dictionary file (only that file; see <see cref="LoadOverDefault"/>): YAML, or a CSV or TSV
    /// table when the name ends in <c>.csv</c>, <c>.tsv</c> or <c>.tab</c>.
    /// </summary>
    /// <exception cref="ActorDictionaryException">The file is missing, unreadable or not a valid dictionary.</exception>
    public static ActorDictionary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ActorDictionaryException($"cannot read the actor dictionary '{path}': {ex.Message}", ex);
        }

        // Decoded as articles are: a table saved by a French spreadsheet is often Windows-1252.
        var decoded = Corpus.Decoding.TextDecoder.Decode(bytes);
        var text = decoded.IsDecoded ? decoded.Decoded.Text : throw new ActorDictionaryException($"the actor dictionary '{path}' is not text: {decoded.RejectionReason}");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".csv" or ".tsv" or ".tab"
            ? ParseTable(text, extension == ".csv" ? ActorTableReader.Separator(text) : '\t', path)
            : Parse(text, path);
    }

    /// <summary>
    /// Reads a dictionary from a CSV or TSV table with a header row (<c>name</c>, <c>type</c>, optional
    /// <c>country</c>, <c>aliases</c> separated by <c>|</c>, and optionally <c>id</c> and <c>acronyms</c>).
    /// </summary>
    /// <exception cref="ActorDictionaryException">The table is not a valid dictionary (the message gives the line).</exception>
    public static ActorDictionary ParseTable(string text, char separator, string source = "actors.csv")
    {
        ArgumentNullException.ThrowIfNull(text);
        var actors = ActorTableReader.Read(text, separator, source);
        return new ActorDictionary(actors, [.. AliasClaims.SharedWithinOneFile(actors)]);
    }

    /// <summary>The default dictionary extended and overridden by the file at <paramref name="path"/>.</summary>
    /// <exception cref="ActorDictionaryException">The file is missing, unreadable or not a valid dictionary.</exception>
    public static ActorDictionary LoadOverDefault(string path) => Default.Extend(Load(path));

    /// <summary>
    /// This dictionary with <paramref name="overlay"/>'s entries added; an overlay entry with an id already
    /// present replaces that entry. A name form claimed by both an overlay entry and another entry goes to
    /// the overlay's, with a warning naming both.
    /// </summary>
    public ActorDictionary Extend(ActorDictionary overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        var overridden = overlay.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var warnings = new List<DictionaryWarning>(Warnings);
        var kept = Actors.Where(a => !overridden.Contains(a.Id)).ToList();
        kept = AliasClaims.YieldTo(kept, overlay.Actors, warnings);
        var all = kept.Concat(overlay.Actors).ToList();
        warnings.AddRange(overlay.Warnings);
        warnings.AddRange(UnknownReferences(overlay.Actors, all));
        return new ActorDictionary(all, warnings.Distinct().ToList());
    }

    internal AliasAutomaton BuildAutomaton() => new(Actors);

    private static IEnumerable<DictionaryWarning> UnknownReferences(IEnumerable<Actor> checkedActors, IReadOnlyList<Actor> universe)
    {
        var ids = universe.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in checkedActors)
        {
            if (actor.Country.Length > 0 && !ids.Contains(actor.Country))
            {
                yield return new DictionaryWarning(actor.Source, $"'{actor.Id}' has country '{actor.Country}', which no entry defines; add it or correct the id.");
            }

            foreach (var role in actor.Roles.Where(r => r.Organization.Length > 0 && !ids.Contains(r.Organization)))
            {
                yield return new DictionaryWarning(actor.Source, $"a role of '{actor.Id}' is held in '{role.Organization}', which no entry defines; the role cannot resolve references.");
            }
        }
    }
}
