using System.Runtime.InteropServices;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>
/// Accumulates what the corpus says about each actor as extracted documents stream past: counts, first
/// and last dates, the forms it was written in, its titles over time. Memory grows with the number of
/// actors (and their titles), not with the number of documents.
/// </summary>
public sealed class ActorCatalog(ActorDictionary dictionary)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<Entry> _byOrder = [];

    // A large run has millions of (actor, day, title) triples: each is keyed by three numbers (the actor's
    // order, the date as yyyymmdd with 0 for what is unknown, the title's number), ~24 bytes an entry
    // rather than ~48 with two string references and a date.
    private readonly Dictionary<(int Actor, int Date, int Title), int> _titles = [];
    private readonly Dictionary<string, int> _titleNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _titleNames = [];

    /// <summary>Adds the mentions of one document.</summary>
    public void Add(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.Document.Date.Value;
        foreach (var group in document.Mentions.GroupBy(m => m.Actor.Id))
        {
            var actor = group.First().Actor;
            if (!_entries.TryGetValue(actor.Id, out var entry))
            {
                entry = new Entry(actor, _entries.Count);
                _entries.Add(actor.Id, entry);
                _byOrder.Add(entry);
            }

            entry.Add(date, group);
            var day = (date.Year * 10_000) + (date.Month * 100) + date.Day;
            foreach (var title in MostSpecific(group.Select(m => m.TitleNormalized)))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_titles, (entry.Order, day, Number(title)), out _)++;
            }
        }
    }

    /// <summary>The actors found, most widely reported first (articles, then mentions, then name).</summary>
    public IReadOnlyList<ActorSummary> Summaries() =>
        [.. _entries.Values
            .OrderByDescending(e => e.Documents)
            .ThenByDescending(e => e.Mentions)
            .ThenBy(e => e.Actor.Name, StringComparer.Ordinal)
            .Select(e => new ActorSummary(
                e.Actor,
                dictionary.Find(e.Actor.Country)?.Name ?? string.Empty,
                e.Documents,
                e.Mentions,
                e.First,
                e.Last,
                e.Aliases))];

    /// <summary>Every actor's titles by date, ordered by actor (first seen) then date.</summary>
    public IReadOnlyList<ActorTitle> Titles() =>
        [.. _titles
            .Select(t => (Order: t.Key.Actor, Title: new ActorTitle(
                _byOrder[t.Key.Actor].Actor,
                PartialDate.FromParts(t.Key.Date / 10_000, t.Key.Date / 100 % 100, t.Key.Date % 100),
                _titleNames[t.Key.Title],
                t.Value)))
            .OrderBy(t => t.Order)
            .ThenBy(t => t.Title.Date)
            .ThenBy(t => t.Title.Title, StringComparer.Ordinal)
            .Select(t => t.Title)];

    private int Number(string title)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_titleNumbers, title, out var known);
        if (!known)
        {
            number = _titleNames.Count;
            _titleNames.Add(title);
        }

        return number;
    }

    // "général" and "général de brigade" for one person in one article: the article means the longer one.
    private static IEnumerable<string> MostSpecific(IEnumerable<string> titles)
    {
        var distinct = titles.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Where(t => !distinct.Any(other => TitleForms.IsMoreSpecific(t, other)));
    }

    private sealed class Entry(Actor actor, int order)
    {
        private readonly List<string> _aliases = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public Actor Actor { get; } = actor;

        public int Order { get; } = order;

        public int Documents { get; private set; }

        public int Mentions { get; private set; }

        public PartialDate First { get; private set; }

        public PartialDate Last { get; private set; }

        public IReadOnlyList<string> Aliases => _aliases;

        public void Add(PartialDate date, IEnumerable<Mention> mentions)
        {
            Documents++;
            foreach (var mention in mentions)
            {
                Mentions++;
                if (mention.Origin != MentionOrigin.Role && _seen.Add(mention.Surface))
                {
                    _aliases.Add(mention.Surface);
                }
            }

            if (date.IsKnown)
            {
                First = !First.IsKnown || date.FirstDay < First.FirstDay ? date : First;
                Last = !Last.IsKnown || date.LastDay > Last.LastDay ? date : Last;
            }
        }
    }
}
