using Analysis.Core.Actors;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>
/// Compares each period with the previous period that has articles (an empty month between them is not a
/// period in which everything vanished): ties that appear, strengthen, weaken or vanish; actors that
/// emerge or disappear; titles that change (see <see cref="TitleChanges"/>).
/// </summary>
public static class ChangeDetector
{
    /// <summary>
    /// The changes between consecutive periods of <paramref name="options"/>' unit, in its window and
    /// weight. A tie strengthens or weakens when its weight changes by at least <paramref name="minimumRatio"/>
    /// and by one or more (1.5: from 2 to 3 or more, from 3 to 2 or less, but not from 3 to 4), so that
    /// noise of an article either way on a strong tie is not news.
    /// </summary>
    public static IReadOnlyList<PeriodChange> Compare(
        CooccurrenceCounts counts,
        IEnumerable<ActorTitle> titles,
        NetworkOptions? options = null,
        double minimumRatio = 1.5) => [.. Stream(counts, titles, options, minimumRatio)];

    /// <summary>
    /// The changes of <see cref="Compare"/>, in the same order, worked out one step (a period and the one
    /// before it) at a time: a large corpus has millions of tie changes, which a file can take as they come
    /// without all of them being held at once.
    /// </summary>
    public static IEnumerable<PeriodChange> Stream(
        CooccurrenceCounts counts,
        IEnumerable<ActorTitle> titles,
        NetworkOptions? options = null,
        double minimumRatio = 1.5)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumRatio, 1.0);
        return Steps(counts, titles, options ?? NetworkOptions.Default, minimumRatio);
    }

    private static IEnumerable<PeriodChange> Steps(CooccurrenceCounts counts, IEnumerable<ActorTitle> titles, NetworkOptions options, double minimumRatio)
    {
        var periods = counts.PeriodsOf(options.Unit);
        var presence = periods.ToDictionary(p => p, p => counts.PresenceOf(p, options.Window).ToDictionary(a => a.Actor.Id, StringComparer.Ordinal));
        var titleChanges = TitleChangesByPeriod(counts, titles, options, presence);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenTies = new HashSet<ActorPair>();
        var step = new List<PeriodChange>();
        // Each period's ties by pair; the two tables are swapped and refilled rather than built anew per
        // step, since a busy month's table is several megabytes that only a full collection would reclaim.
        var previous = new Dictionary<ActorPair, CooccurrenceRow>();
        var current = new Dictionary<ActorPair, CooccurrenceRow>();
        for (var i = 0; i < periods.Count; i++)
        {
            current.Clear();
            foreach (var row in counts.RowsOf(periods[i], options.Window))
            {
                current.Add(row.Pair, row);
            }

            if (i > 0)
            {
                step.AddRange(TieChanges(periods[i - 1], periods[i], previous, current, options, minimumRatio, seenTies));
                step.AddRange(ActorChanges(periods[i - 1], periods[i], presence[periods[i - 1]], presence[periods[i]], seen));
            }

            seen.UnionWith(presence[periods[i]].Keys);
            seenTies.UnionWith(current.Keys);
            // Every change is ordered by the period it leads to first, so the changes of one step sorted
            // among themselves are in the order of the whole list.
            if (titleChanges.Remove(periods[i], out var titled))
            {
                step.AddRange(titled);
            }

            foreach (var change in InOrder(step))
            {
                yield return change;
            }

            step.Clear();
            (previous, current) = (current, previous);
        }
    }

    // Only titles of counted articles: inside the date range, in a period with articles, of an actor counted
    // in that period (the type filter and the focus apply to titles too); by the period they lead to.
    private static Dictionary<Period, List<PeriodChange>> TitleChangesByPeriod(
        CooccurrenceCounts counts, IEnumerable<ActorTitle> titles, NetworkOptions options, Dictionary<Period, Dictionary<string, ActorPresence>> presence)
    {
        if (counts.Options.Level != ActorLevel.Actor)
        {
            return [];
        }

        var placed = titles
            .Where(t => counts.Options.Covers(t.Date))
            .Select(t => (Title: t, Period: Period.Of(t.Date, options.Unit)))
            .Where(t => t.Period is { } p && presence.TryGetValue(p, out var actors) && actors.ContainsKey(t.Title.Actor.Id))
            .Select(t => (t.Title, t.Period!.Value));
        return TitleChanges.Find(placed, TitleLexicon.Default).GroupBy(c => c.To).ToDictionary(g => g.Key, g => g.ToList());
    }

    // By period, kind, largest first, then names; equal changes keep the order they were found in. A sort in
    // place with the position as the last key: a busy month has hundreds of thousands of changes, and a LINQ
    // sort would hold a copy of every key of every change besides.
    private static PeriodChange[] InOrder(List<PeriodChange> changes)
    {
        var ordered = new (PeriodChange Change, int Position)[changes.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (changes[i], i);
        }

        Array.Sort(ordered, static (x, y) =>
        {
            var (a, b) = (x.Change, y.Change);
            var order = a.To.CompareTo(b.To);
            // As ints: Enum.CompareTo boxes both.
            order = order != 0 ? order : ((int)a.Kind).CompareTo((int)b.Kind);
            order = order != 0 ? order : Math.Max(b.After, b.Before).CompareTo(Math.Max(a.After, a.Before));
            order = order != 0 ? order : string.CompareOrdinal(a.Actor.Name, b.Actor.Name);
            order = order != 0 ? order : string.CompareOrdinal(a.Other?.Name, b.Other?.Name);
            return order != 0 ? order : x.Position.CompareTo(y.Position);
        });
        return Array.ConvertAll(ordered, o => o.Change);
    }

    private static IEnumerable<PeriodChange> TieChanges(
        Period from, Period to, Dictionary<ActorPair, CooccurrenceRow> before, Dictionary<ActorPair, CooccurrenceRow> after, NetworkOptions options, double ratio, HashSet<ActorPair> seen)
    {
        foreach (var (pair, row) in after)
        {
            double now = row.WeightBy(options.Weight);
            if (!before.TryGetValue(pair, out var earlier))
            {
                yield return new PeriodChange(from, to, ChangeKind.TieAppeared, row.A, row.B, 0, now, seen.Contains(pair) ? "seen before" : "first seen");
                continue;
            }

            double then = earlier.WeightBy(options.Weight);
            if (now >= then * ratio && now - then >= 1)
            {
                yield return new PeriodChange(from, to, ChangeKind.TieStrengthened, row.A, row.B, then, now, string.Empty);
            }
            else if (then >= now * ratio && then - now >= 1)
            {
                yield return new PeriodChange(from, to, ChangeKind.TieWeakened, row.A, row.B, then, now, string.Empty);
            }
        }

        foreach (var (pair, row) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            yield return new PeriodChange(from, to, ChangeKind.TieVanished, row.A, row.B, row.WeightBy(options.Weight), 0, string.Empty);
        }
    }

    private static IEnumerable<PeriodChange> ActorChanges(
        Period from, Period to, Dictionary<string, ActorPresence> before, Dictionary<string, ActorPresence> after, HashSet<string> seen)
    {
        foreach (var (id, presence) in after.Where(a => !before.ContainsKey(a.Key)))
        {
            yield return new PeriodChange(from, to, ChangeKind.ActorEmerged, presence.Actor, null, 0, presence.Documents, seen.Contains(id) ? "seen before" : "first seen");
        }

        foreach (var presence in before.Values.Where(b => !after.ContainsKey(b.Actor.Id)))
        {
            yield return new PeriodChange(from, to, ChangeKind.ActorDisappeared, presence.Actor, null, presence.Documents, 0, string.Empty);
        }
    }
}
