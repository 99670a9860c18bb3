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
    private readonly Dictionary<(string Actor, PartialDate Date, string Title), int> _titles = [];

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
            }

            entry.Add(date, group);
            foreach (var title in MostSpecific(group.Select(m => m.TitleNormalized)))
            {
                var key = (actor.Id, date, title);
                _titles[key] = _titles.GetValueOrDefault(key) + 1;
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
            .Select(t => new ActorTitle(_entries[t.Key.Actor].Actor, t.Key.Date, t.Key.Title, t.Value))
            .OrderBy(t => _entries[t.Actor.Id].Order)
            .ThenBy(t => t.Date)
            .ThenBy(t => t.Title, StringComparer.Ordinal)];

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
