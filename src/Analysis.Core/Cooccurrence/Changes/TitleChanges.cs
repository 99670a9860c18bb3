using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>
/// Finds promotions and new offices in the titles the articles give an actor, period by period. Ranks
/// and offices are compared apart, through the title lexicon: a rank changes when a later period gives a
/// rank the previous one did not ("colonel-major" then "général de brigade"; "colonel" then
/// "colonel-major" too, a hyphenated rank being a rank of its own); an office changes when a later period
/// gives an office of another function ("ministre de la Défense" then "Premier ministre"), while two
/// phrasings of one office ("chef d'état-major général", "… des armées") are one.
/// </summary>
internal static class TitleChanges
{
    // The press shortens every general officer's rank to the bare word; it is neither a promotion from
    // "général" to "général de division" nor a demotion the other way.
    private static readonly HashSet<string> GenericRanks = new(StringComparer.Ordinal) { "général", "générale", "general" };

    public static IEnumerable<PeriodChange> Find(IEnumerable<(ActorTitle Title, Period Period)> titles, TitleLexicon lexicon)
    {
        foreach (var actor in titles.GroupBy(t => t.Title.Actor.Id, StringComparer.Ordinal))
        {
            var periods = actor.GroupBy(t => t.Period).OrderBy(g => g.Key).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                var before = periods[i - 1].Select(t => t.Title.Title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var after = periods[i].Select(t => t.Title.Title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (Gains(before, after, lexicon))
                {
                    var detail = string.Create(CultureInfo.InvariantCulture, $"{string.Join("; ", before)} → {string.Join("; ", after)}");
                    yield return new PeriodChange(periods[i - 1].Key, periods[i].Key, ChangeKind.TitleChanged, actor.First().Title.Actor, null, 0, 0, detail);
                }
            }
        }
    }

    private static bool Gains(List<string> before, List<string> after, TitleLexicon lexicon)
    {
        var ranksBefore = Ranks(before, lexicon);
        var officesBefore = Offices(before, lexicon);
        var unspecificBefore = before.Where(t => lexicon.ClassifyExact(t) is { Kind: TitleKind.Function, Function: "" }).ToList();
        return Ranks(after, lexicon).Any(rank => !ranksBefore.Exists(earlier => SameRank(earlier, rank)))
            || after.Any(title => Office(title, lexicon) is { } office && !officesBefore.Contains(office)
                && !unspecificBefore.Exists(earlier => title.StartsWith(earlier + " ", StringComparison.Ordinal)));
    }

    private static bool SameRank(string earlier, string later) =>
        earlier == later || (GenericRanks.Contains(earlier) && IsWordOf(earlier, later)) || (GenericRanks.Contains(later) && IsWordOf(later, earlier));

    // "général" in "général de brigade" or "lieutenant général", not in "généralissime".
    private static bool IsWordOf(string word, string title) => title.Split(' ').Contains(word, StringComparer.Ordinal);

    private static List<string> Ranks(IEnumerable<string> titles, TitleLexicon lexicon) =>
        [.. titles.Where(t => lexicon.ClassifyExact(t)?.Kind == TitleKind.Rank)];

    // An office by its function key; a title the lexicon does not know, by its words. Honorifics and
    // offices that name no one office ("ministre" alone) are left out: "ministre" then "ministre de la
    // Défense" is the same office said more fully.
    private static HashSet<string> Offices(IEnumerable<string> titles, TitleLexicon lexicon) =>
        [.. titles.Select(t => Office(t, lexicon)).OfType<string>()];

    private static string? Office(string title, TitleLexicon lexicon) => lexicon.ClassifyExact(title) switch
    {
        null => title,
        { Kind: TitleKind.Function, Function: not "" } entry => entry.Function,
        _ => null,
    };
}
