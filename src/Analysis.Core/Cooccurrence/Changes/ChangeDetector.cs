using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>
/// Compares each period with the previous period that has articles (an empty month between them is not a
/// period in which everything vanished): ties that appear, strengthen, weaken or vanish; actors that
/// emerge or disappear; titles that change.
/// </summary>
public static class ChangeDetector
{
    /// <summary>
    /// The changes between consecutive periods of <paramref name="options"/>' unit, in its window and
    /// weight. A tie strengthens or weakens when its weight changes by at least <paramref name="minimumRatio"/>
    /// (1.5: from 2 to 3 or more, from 3 to 2 or less), so that noise of one article either way on a strong
    /// tie is not news.
    /// </summary>
    public static IReadOnlyList<PeriodChange> Compare(
        CooccurrenceCounts counts,
        IEnumerable<ActorTitle> titles,
        NetworkOptions? options = null,
        double minimumRatio = 1.5)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumRatio, 1.0);
        options ??= NetworkOptions.Default;
        var periods = counts.PeriodsOf(options.Unit);
        var changes = new List<PeriodChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < periods.Count; i++)
        {
            var to = Presence(counts, periods[i], options);
            if (i > 0)
            {
                var from = Presence(counts, periods[i - 1], options);
                changes.AddRange(TieChanges(counts, periods[i - 1], periods[i], options, minimumRatio));
                changes.AddRange(ActorChanges(periods[i - 1], periods[i], from, to, seen));
            }

            seen.UnionWith(to.Keys);
        }

        if (counts.Options.Level == ActorLevel.Actor)
        {
            var present = counts.Presence.Where(p => p.Window == options.Window).Select(p => p.Actor.Id).ToHashSet(StringComparer.Ordinal);
            changes.AddRange(TitleChanges(titles.Where(t => present.Contains(t.Actor.Id)), options.Unit));
        }

        return [.. changes.OrderBy(c => c.To).ThenBy(c => c.Kind).ThenByDescending(c => Math.Max(c.After, c.Before))
            .ThenBy(c => c.Actor.Name, StringComparer.Ordinal).ThenBy(c => c.Other?.Name, StringComparer.Ordinal)];
    }

    private static Dictionary<string, ActorPresence> Presence(CooccurrenceCounts counts, Period period, NetworkOptions options) =>
        counts.Presence.Where(p => p.Period == period && p.Window == options.Window).ToDictionary(p => p.Actor.Id, StringComparer.Ordinal);

    private static IEnumerable<PeriodChange> TieChanges(CooccurrenceCounts counts, Period from, Period to, NetworkOptions options, double ratio)
    {
        var before = counts.RowsOf(from, options.Window).ToDictionary(r => r.Pair);
        var after = counts.RowsOf(to, options.Window).ToDictionary(r => r.Pair);
        foreach (var (pair, row) in after)
        {
            double now = row.WeightBy(options.Weight);
            if (!before.TryGetValue(pair, out var earlier))
            {
                yield return new PeriodChange(from, to, ChangeKind.TieAppeared, row.A, row.B, 0, now, string.Empty);
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

    // An actor's titles per period; a change when a later period gives a title that is neither one of the
    // previous period's nor a more specific form of one ("général" then "général de division" is the same
    // rank written more fully, "colonel-major" then "général de brigade" a promotion).
    private static IEnumerable<PeriodChange> TitleChanges(IEnumerable<ActorTitle> titles, PeriodUnit unit)
    {
        var byActor = titles
            .Select(t => (Title: t, Period: Period.Of(t.Date, unit)))
            .Where(t => t.Period is not null)
            .GroupBy(t => t.Title.Actor.Id, StringComparer.Ordinal);
        foreach (var actor in byActor)
        {
            var periods = actor.GroupBy(t => t.Period!.Value).OrderBy(g => g.Key).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                var before = periods[i - 1].Select(t => t.Title.Title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var after = periods[i].Select(t => t.Title.Title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var gained = after.Where(t => !before.Exists(b => b == t || TitleForms.IsMoreSpecific(b, t))).ToList();
                if (gained.Count > 0)
                {
                    var detail = string.Create(CultureInfo.InvariantCulture, $"{string.Join("; ", before)} → {string.Join("; ", after)}");
                    yield return new PeriodChange(periods[i - 1].Key, periods[i].Key, ChangeKind.TitleChanged, actor.First().Title.Actor, null, 0, 0, detail);
                }
            }
        }
    }
}
