using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Resolution;

/// <summary>
/// The dictionary's actors indexed by name, built once per dictionary and read by every registry without
/// locks: each document of a parallel run resolves its discovered names against this index and a small
/// registry of its own (see <see cref="ActorRegistry"/>), so the index is never written after construction.
/// </summary>
internal sealed class KnownActors
{
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownPerson>> _personsByWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    public KnownActors(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        foreach (var actor in dictionary.Actors)
        {
            _ids.Add(actor.Id);
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                NameIndex.Remember(_byName, _personsByWord, actor, TokenList.Keys(name), string.Empty);
                if (actor.Type == ActorType.Person && TokenList.Keys(name) is { Length: >= 2 } words)
                {
                    _surnames.Add(words[^1]);
                }
            }
        }
    }

    /// <summary>True when some dictionary person's surname is <paramref name="folded"/>.</summary>
    public bool IsKnownSurname(string folded) => _surnames.Contains(folded);

    /// <summary>True when a dictionary actor has this id.</summary>
    public bool HasId(string id) => _ids.Contains(id);

    /// <summary>The dictionary actor with this name key, or null.</summary>
    public Actor? ByName(string key) => _byName.GetValueOrDefault(key);

    /// <summary>The dictionary persons whose first or last name word is <paramref name="word"/>.</summary>
    public IReadOnlyList<KnownPerson> PersonsWith(string word) => _personsByWord.TryGetValue(word, out var list) ? list : [];
}

/// <summary>A person and the folded words of one of their names.</summary>
internal sealed record KnownPerson(Actor Actor, string[] Keys);

/// <summary>The name index shared by <see cref="KnownActors"/> and <see cref="ActorRegistry"/>.</summary>
internal static class NameIndex
{
    public static string Key(ActorType type, string[] keys, string scope) => $"{type}:{string.Join(' ', keys)}@{scope}";

    // Persons are also listed by their first and by their last name word: a variant shares one of them (the
    // first name, or the surname of a reordered name), so a new name is compared with a few people only.
    public static void Remember(Dictionary<string, Actor> byName, Dictionary<string, List<KnownPerson>> personsByWord, Actor actor, string[] keys, string scope)
    {
        if (keys.Length == 0)
        {
            return;
        }

        byName.TryAdd(Key(actor.Type, keys, scope), actor);
        if (actor.Type == ActorType.Person && keys.Length >= 2)
        {
            var person = new KnownPerson(actor, keys);
            foreach (var word in new[] { keys[0], keys[^1] }.Distinct())
            {
                if (!personsByWord.TryGetValue(word, out var list))
                {
                    personsByWord[word] = list = [];
                }

                list.Add(person);
            }
        }
    }
}
