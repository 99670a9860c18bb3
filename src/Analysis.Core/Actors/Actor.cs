namespace Analysis.Core.Actors;

/// <summary>
/// A person, organization, country or place, as the dictionary describes it or as discovery found it.
/// Every name form (canonical name, aliases, acronyms, demonyms, combining forms) points to this one id.
/// </summary>
public sealed record Actor
{
    /// <summary>Stable id: the dictionary's (<c>mli</c>, <c>assimi-goita</c>), or <c>discovered:slug</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name shown in tables and charts.</summary>
    public required string Name { get; init; }

    /// <summary>Person, organization, country or place.</summary>
    public required ActorType Type { get; init; }

    /// <summary>Id of the actor's country (for a country, its own id); empty when international or unknown.</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>Other names, matched case- and accent-insensitively.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Acronyms, matched case-sensitively (exact form or all capitals) because many are common words.</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];

    /// <summary>For countries: adjectives and nouns of nationality ("malien", "maliennes", "Malian").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>For countries: prefixes of hyphenated compounds ("russo" in "russo-burkinabè").</summary>
    public IReadOnlyList<string> CombiningForms { get; init; } = [];

    /// <summary>Titles held, with their dates.</summary>
    public IReadOnlyList<DatedRole> Roles { get; init; } = [];

    /// <summary>Dictionary entry or discovered name.</summary>
    public ActorOrigin Origin { get; init; } = ActorOrigin.Dictionary;

    /// <summary>Where the entry was defined (<c>my-actors.yaml:12</c>), for messages.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>True for the types that are nodes of the co-occurrence network by default.</summary>
    public bool IsNetworkActor => Type != ActorType.Place;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
