using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Resolution;

/// <summary>
/// Every actor a run knows: the dictionary's, and those discovered so far. Resolves a discovered name to
/// one of them across the whole corpus: the same name (folded), or for persons a spelling variant
/// (<see cref="NameVariants"/>) of exactly one known person; otherwise it becomes a new discovered actor
/// with <c>origin=discovered</c>, named as first seen, so its id never changes during a run.
/// </summary>
/// <remarks>Safe to share between threads; discovered actors are numbered in the order they are first
/// resolved, so a parallel run must resolve in document order to stay deterministic.</remarks>
internal sealed class ActorRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.Ordinal);
    // Persons by their first and by their last name word: a variant shares one of them (the first name,
    // or the surname of a reordered name), so a new name is compared with a few people, not everyone.
    private readonly Dictionary<string, List<KnownPerson>> _personsByWord = new(StringComparer.Ordinal);
    private readonly List<Actor> _discovered = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    public ActorRegistry(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        foreach (var actor in dictionary.Actors)
        {
            _ids.Add(actor.Id);
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                Remember(actor, name);
                if (actor.Type == ActorType.Person && TokenList.Keys(name) is { Length: >= 2 } words)
                {
                    _surnames.Add(words[^1]);
                }
            }
        }
    }

    /// <summary>The actors discovered so far, in the order they were first seen.</summary>
    public IReadOnlyList<Actor> Discovered
    {
        get
        {
            lock (_gate)
            {
                return [.. _discovered];
            }
        }
    }

    /// <summary>True when some dictionary person's surname is <paramref name="folded"/> ("coulibaly"): a bare
    /// surname that could be that person, or another, is then not made into a new actor. Only the
    /// dictionary counts, so the answer does not depend on which articles were read before.</summary>
    public bool IsKnownSurname(string folded) => _surnames.Contains(folded);

    /// <summary>
    /// The known actor <paramref name="proposal"/> names, or a new discovered actor. A person known by one
    /// word only ("le colonel Kanouté") is kept to its document (<paramref name="document"/>): two articles'
    /// Kanoutés may be two people, and a shared surname never merges people.
    /// </summary>
    public Actor Resolve(ActorProposal proposal, string document = "")
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var keys = TokenList.Keys(proposal.Name);
        var scope = proposal.Type == ActorType.Person && keys.Length == 1 ? document : string.Empty;
        lock (_gate)
        {
            if (_byName.TryGetValue(Key(proposal.Type, keys, scope), out var known))
            {
                return known;
            }

            if (proposal.Type == ActorType.Person && VariantOf(keys) is { } variant)
            {
                _byName[Key(proposal.Type, keys, scope)] = variant;
                return variant;
            }

            var actor = new Actor
            {
                Id = NewId(keys, scope),
                Name = proposal.Name,
                Type = proposal.Type,
                Acronyms = proposal.Acronym.Length > 0 ? [proposal.Acronym] : [],
                Origin = ActorOrigin.Discovered,
                Source = "discovered",
            };
            _discovered.Add(actor);
            Remember(actor, proposal.Name, scope);
            return actor;
        }
    }

    // A variant of exactly one known person; two candidates means the name is ambiguous and stays apart.
    private Actor? VariantOf(string[] keys)
    {
        Actor? match = null;
        var candidates = _personsByWord.GetValueOrDefault(keys[0], []).Concat(_personsByWord.GetValueOrDefault(keys[^1], []));
        foreach (var person in candidates)
        {
            if (NameVariants.AreVariants(keys, person.Keys))
            {
                if (match is not null && match.Id != person.Actor.Id)
                {
                    return null;
                }

                match = person.Actor;
            }
        }

        return match;
    }

    private void Remember(Actor actor, string name, string scope = "")
    {
        var keys = TokenList.Keys(name);
        if (keys.Length == 0)
        {
            return;
        }

        _byName.TryAdd(Key(actor.Type, keys, scope), actor);
        if (actor.Type == ActorType.Person && keys.Length >= 2)
        {
            var person = new KnownPerson(actor, keys);
            foreach (var word in new[] { keys[0], keys[^1] }.Distinct())
            {
                if (!_personsByWord.TryGetValue(word, out var list))
                {
                    _personsByWord[word] = list = [];
                }

                list.Add(person);
            }
        }
    }

    private string NewId(string[] keys, string scope)
    {
        var stem = "discovered:" + string.Join('-', keys) + (scope.Length > 0 ? "@" + scope[..Math.Min(8, scope.Length)] : string.Empty);
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static string Key(ActorType type, string[] keys, string scope = "") => $"{type}:{string.Join(' ', keys)}@{scope}";

    private sealed record KnownPerson(Actor Actor, string[] Keys);
}
