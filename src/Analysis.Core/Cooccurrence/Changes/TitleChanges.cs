using Analysis.Core.Actors;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>
/// Finds promotions and new offices in the titles the articles give an actor, period by period, against
/// the actor's history so far rather than the previous period alone: articles that name a man by his
/// office one month and by his rank the next have not seen him change, and a bare "général" between
/// "général de brigade" and "général de division" does not hide the promotion.
/// </summary>
/// <remarks>
/// Ranks and offices are told apart through the title lexicon. A rank changes when a period gives a rank
/// other than the last one known ("colonel-major" then "général de brigade"; "colonel" then
/// "colonel-major", a hyphenated rank being a rank of its own). The bare "général" is how the press
/// shortens every general officer's rank: it refines nothing and changes nothing once a general rank is
/// known, and it is a promotion after a colonel's rank. An office changes when a period gives an office of
/// a function not seen before ("ministre de la Défense" then "ministre des Affaires étrangères"); two
/// phrasings of one office ("chef d'état-major général", "… des armées") are one, and an office with no
/// one function ("ministre" alone) is neither an office gained nor one lost.
/// </remarks>
internal static class TitleChanges
{
    private static readonly HashSet<string> GenericRanks = new(StringComparer.Ordinal) { "général", "générale", "general" };

    public static IEnumerable<PeriodChange> Find(IEnumerable<(ActorTitle Title, Period Period)> titles, TitleLexicon lexicon)
    {
        foreach (var actor in titles.GroupBy(t => t.Title.Actor.Id, StringComparer.Ordinal))
        {
            string? rank = null;
            Period? rankSeen = null;
            var offices = new Dictionary<string, string>(StringComparer.Ordinal);
            Period? officeSeen = null;
            foreach (var period in actor.GroupBy(t => t.Period).OrderBy(g => g.Key))
            {
                var given = period.Select(t => t.Title.Title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var person = period.First().Title.Actor;
                foreach (var title in given.Where(t => IsRank(t, lexicon)).OrderBy(t => GenericRanks.Contains(t)))
                {
                    if (rank is null || (GenericRanks.Contains(rank) && IsWordOf(rank, title)))
                    {
                        rank = title; // the first rank known, or "général" written in full: no change
                    }
                    else if (!SameRank(rank, title))
                    {
                        yield return Change(rankSeen!.Value, period.Key, person, $"rank: {rank} → {title}");
                        rank = title;
                    }

                    rankSeen = period.Key;
                }

                foreach (var title in given)
                {
                    if (Office(title, lexicon) is not { } office || offices.ContainsKey(office))
                    {
                        continue;
                    }

                    // Offices named together in the actor's first month are held together, not a change.
                    if (offices.Count > 0 && officeSeen is { } seen)
                    {
                        yield return Change(seen, period.Key, person, $"office: {string.Join("; ", offices.Values)} → {title}");
                    }

                    offices[office] = title;
                }

                if (given.Exists(t => Office(t, lexicon) is not null))
                {
                    officeSeen = period.Key;
                }
            }
        }
    }

    private static PeriodChange Change(Period from, Period to, Actor actor, string detail) =>
        new(from, to, ChangeKind.TitleChanged, actor, null, 0, 0, detail);

    private static bool SameRank(string earlier, string later) =>
        earlier == later || (GenericRanks.Contains(later) && IsWordOf(later, earlier));

    // "général" in "général de brigade" or "lieutenant général", not in "généralissime".
    private static bool IsWordOf(string word, string title) => title.Split(' ').Contains(word, StringComparer.Ordinal);

    private static bool IsRank(string title, TitleLexicon lexicon) => lexicon.ClassifyExact(title)?.Kind == TitleKind.Rank;

    // An office by its function key; a title the lexicon does not know, by its words. Honorifics, ranks and
    // offices that name no one function ("ministre" alone) are no office.
    private static string? Office(string title, TitleLexicon lexicon) => lexicon.ClassifyExact(title) switch
    {
        null => title,
        { Kind: TitleKind.Function, Function: not "" } entry => entry.Function,
        _ => null,
    };
}
