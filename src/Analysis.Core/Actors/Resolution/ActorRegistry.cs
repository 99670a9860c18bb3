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
    private readonly List<KnownPerson> _persons = [];
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

    /// <summary>True when some known person's surname is <paramref name="folded"/> ("coulibaly"): a bare
    /// surname that could be that person, or another, is then not made into a new actor.</summary>
    public bool IsKnownSurname(string folded)
    {
        lock (_gate)
        {
            return _surnames.Contains(folded);
        }
    }

    /// <summary>The known actor <paramref name="proposal"/> names, or a new discovered actor.</summary>
    public Actor Resolve(ActorProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var keys = TokenList.Keys(proposal.Name);
        lock (_gate)
        {
            if (_byName.TryGetValue(Key(proposal.Type, keys), out var known))
            {
                return known;
            }

            if (proposal.Type == ActorType.Person && VariantOf(keys) is { } variant)
            {
                _byName[Key(proposal.Type, keys)] = variant;
                return variant;
            }

            var actor = new Actor
            {
                Id = NewId(keys),
                Name = proposal.Name,
                Type = proposal.Type,
                Acronyms = proposal.Acronym.Length > 0 ? [proposal.Acronym] : [],
                Origin = ActorOrigin.Discovered,
                Source = "discovered",
            };
            _discovered.Add(actor);
            Remember(actor, proposal.Name);
            return actor;
        }
    }

    // A variant of exactly one known person; two candidates means the name is ambiguous and stays apart.
    private Actor? VariantOf(string[] keys)
    {
        Actor? match = null;
        foreach (var person in _persons)
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

    private void Remember(Actor actor, string name)
    {
        var keys = TokenList.Keys(name);
        if (keys.Length == 0)
        {
            return;
        }

        _byName.TryAdd(Key(actor.Type, keys), actor);
        if (actor.Type == ActorType.Person && keys.Length >= 2)
        {
            _persons.Add(new KnownPerson(actor, keys));
            _surnames.Add(keys[^1]);
        }
    }

    private string NewId(string[] keys)
    {
        var stem = "discovered:" + string.Join('-', keys);
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static string Key(ActorType type, string[] keys) => $"{type}:{string.Join(' ', keys)}";

    private sealed record KnownPerson(Actor Actor, string[] Keys);
}
