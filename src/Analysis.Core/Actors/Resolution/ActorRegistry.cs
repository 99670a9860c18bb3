namespace Analysis.Core.Actors.Resolution;

/// <summary>
/// Every actor a run knows: the dictionary's (<see cref="KnownActors"/>, shared) and those discovered so
/// far (this registry's own). Resolves a discovered name to one of them: the same name (folded), or for
/// persons a spelling variant (<see cref="NameVariants"/>) of exactly one known person; otherwise it becomes
/// a new discovered actor with <c>origin=discovered</c>, named as first seen, so its id never changes
/// during a run.
/// </summary>
/// <remarks>
/// A run keeps two kinds: one registry per document, which the extraction pipeline fills while it reads
/// that document (documents are read in parallel, each knowing only the dictionary and itself), and the
/// corpus's registry, into which each document's new actors are then resolved again in document order
/// (<see cref="ActorExtractor"/>). So a name discovered in one article is the same actor in the next, and
/// the ids and the order of discovery depend on the input alone, never on which thread finished first.
/// Not thread-safe: a registry belongs to one document, or to the ordered stage of a run.
/// </remarks>
internal sealed class ActorRegistry
{
    private readonly KnownActors _known;
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownPerson>> _personsByWord = new(StringComparer.Ordinal);
    private readonly List<DiscoveredActor> _discovered = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>A registry over <paramref name="dictionary"/>'s actors, indexed for it alone.</summary>
    public ActorRegistry(Dictionaries.ActorDictionary dictionary)
        : this(new KnownActors(dictionary))
    {
    }

    /// <summary>A registry over <paramref name="known"/>, an index other registries may share.</summary>
    public ActorRegistry(KnownActors known)
    {
        ArgumentNullException.ThrowIfNull(known);
        _known = known;
    }

    /// <summary>The actors discovered so far, in the order they were first seen.</summary>
    public IReadOnlyList<Actor> Discovered => _discovered.ConvertAll(d => d.Actor);

    /// <summary>The actors discovered so far, each with the proposal that made it, in order.</summary>
    public IReadOnlyList<DiscoveredActor> Proposals => _discovered;

    /// <summary>True when some dictionary person's surname is <paramref name="folded"/> ("coulibaly"): a bare
    /// surname that could be that person, or another, is then not made into a new actor. Only the
    /// dictionary counts, so the answer does not depend on which articles were read before.</summary>
    public bool IsKnownSurname(string folded) => _known.IsKnownSurname(folded);

    /// <summary>
    /// The known actor <paramref name="proposal"/> names, or a new discovered actor. A person known by one
    /// word only ("le colonel Kanouté") is kept to its document (<paramref name="document"/>): two articles'
    /// Kanoutés may be two people, and a shared surname never merges people.
    /// </summary>
    public Actor Resolve(ActorProposal proposal, string document = "")
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var keys = Matching.TokenList.Keys(proposal.Name);
        var scope = proposal.Type == ActorType.Person && keys.Length == 1 ? document : string.Empty;
        var key = NameIndex.Key(proposal.Type, keys, scope);
        if ((_byName.GetValueOrDefault(key) ?? _known.ByName(key)) is { } known)
        {
            return known;
        }

        if (proposal.Type == ActorType.Person && VariantOf(keys) is { } variant)
        {
            _byName[key] = variant;
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
        _discovered.Add(new DiscoveredActor(actor, proposal, document));
        NameIndex.Remember(_byName, _personsByWord, actor, keys, scope);
        return actor;
    }

    // A variant of exactly one known person; two candidates means the name is ambiguous and stays apart.
    private Actor? VariantOf(string[] keys)
    {
        Actor? match = null;
        var candidates = Candidates(keys[0]).Concat(Candidates(keys[^1]));
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

    private IEnumerable<KnownPerson> Candidates(string word) =>
        _personsByWord.TryGetValue(word, out var own) ? _known.PersonsWith(word).Concat(own) : _known.PersonsWith(word);

    private string NewId(string[] keys, string scope)
    {
        var stem = "discovered:" + string.Join('-', keys) + (scope.Length > 0 ? "@" + scope[..Math.Min(8, scope.Length)] : string.Empty);
        var id = stem;
        for (var n = 2; _known.HasId(id) || !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}

/// <summary>An actor a registry discovered, with the proposal that made it and the document it came from.</summary>
internal sealed record DiscoveredActor(Actor Actor, ActorProposal Proposal, string Document);
