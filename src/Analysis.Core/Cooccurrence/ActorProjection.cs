using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Corpus;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Applies the options' filters to what a document contributes: whether the document takes part (date
/// range), whether an actor does (types) and as whom it counts (roll-up level).
/// </summary>
internal sealed class ActorProjection(CooccurrenceOptions options, ActorDictionary dictionary)
{
    public CooccurrenceOptions Options { get; } = options;

    /// <summary>True when the document's date lies within the options' date range.</summary>
    public bool Includes(Document document) => Options.Covers(document.Date.Value);

    /// <summary>The actor this one counts as at <paramref name="date"/>, or null when its type is left out.</summary>
    public Actor? Project(Actor actor, PartialDate date)
    {
        if (!Options.Types.Contains(actor.Type))
        {
            return null;
        }

        return Options.Level switch
        {
            ActorLevel.Organization when actor.Type == ActorType.Person => RoleOrganization(actor, date) ?? CountryOf(actor) ?? actor,
            ActorLevel.Organization when actor.Type == ActorType.Place => CountryOf(actor) ?? actor,
            ActorLevel.Country when actor.Type != ActorType.Country => CountryOf(actor) ?? actor,
            _ => actor,
        };
    }

    /// <summary>The mentions that take part, each with the actor it counts as, in text order.</summary>
    public IReadOnlyList<CountedMention> Project(IEnumerable<Mention> mentions, PartialDate date)
    {
        var counted = new List<CountedMention>();
        foreach (var mention in mentions)
        {
            if (Project(mention.Actor, date) is { } actor)
            {
                counted.Add(new CountedMention(actor, mention));
            }
        }

        return counted;
    }

    private Actor? RoleOrganization(Actor person, PartialDate date)
    {
        foreach (var role in person.Roles)
        {
            if (role.Covers(date) && dictionary.Find(role.Organization) is { } organization)
            {
                return organization;
            }
        }

        return null;
    }

    private Actor? CountryOf(Actor actor) => actor.Country.Length == 0 ? null : dictionary.Find(actor.Country);
}
