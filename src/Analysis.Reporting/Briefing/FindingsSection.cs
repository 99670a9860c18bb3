using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// The key findings: four to eight bullets written from the figures, each citing the article that shows
/// it. The most central actor, the strongest ties, the latest ties that appeared and vanished, the actors
/// new in the latest periods, changes of title, and what the corpus leaves out.
/// </summary>
internal static class FindingsSection
{
    private const int MaxFindings = 8;
    private const int MinFindings = 4;

    public static void Compose(ContentBuilder content, BriefingContext context)
    {
        content.Heading(context.Text.Findings);
        var findings = Findings(context).Take(MaxFindings).ToList();
        content.Bullets(list =>
        {
            foreach (var finding in findings)
            {
                list.Item(finding);
            }
        });
    }

    private static List<Action<TextBuilder>> Findings(BriefingContext context)
    {
        var text = context.Text;
        var data = context.Data;
        var totals = data.Totals;
        var window = totals.Settings.Network.Window;
        var ties = TieRanking.StrongestFirst(totals.Counts.RowsOf(Period.All, window));
        var findings = new List<Action<TextBuilder>>
        {
            t => context.Compose(t, text.FindCoverage, data.Summary.Loaded, data.Collected.Outlets.Count, totals.Stories.Count, data.Collected.WithoutOutlet),
        };
        if (ties.Count == 0)
        {
            findings.Add(t => t.Text(text.NoFindings));
        }

        if (Central(context, ties) is { } central)
        {
            findings.Add(central);
        }

        var equal = ties.Count > 1 ? ties.TakeWhile(t => TieRanking.SameStrength(t, ties[0])).ToList() : [];
        if (equal.Count > 1)
        {
            // No single strongest tie: say so rather than crown the first in alphabetical order.
            var names = new Names([.. equal.Take(3).Select(r => $"{r.A.Name} – {r.B.Name}")]);
            findings.Add(t => context.Citations.Cite(
                context.Compose(t, text.FindTiedTies, equal.Count, ties[0].Documents, ties[0].Stories, names),
                data.Collected.Passage(ties[0].Pair, Period.All)));
        }
        else if (ties.Count > 0)
        {
            var tie = ties[0];
            var next = new Names([.. ties.Skip(1).Take(2).Select(r => $"{r.A.Name} – {r.B.Name}")]);
            var format = next.Items.Count == 0 ? text.FindStrongest[..(text.FindStrongest.LastIndexOf('.', text.FindStrongest.Length - 2) + 1)] : text.FindStrongest;
            findings.Add(t => context.Citations.Cite(
                context.Compose(t, format, tie.A.Name, tie.B.Name, tie.Documents, tie.Stories, next),
                data.Collected.Passage(tie.Pair, Period.All)));
        }

        findings.AddRange(TieChanges(context, ChangeKind.TieAppeared, text.FindAppeared, c => c.To));
        findings.AddRange(TieChanges(context, ChangeKind.TieVanished, text.FindVanished, c => c.From));
        findings.AddRange(Emerged(context));
        findings.AddRange(Titles(context));
        if (findings.Count < MinFindings && totals.Actors.Count > 0)
        {
            findings.Add(t => context.Compose(t, text.FindMostReported, new Names([.. totals.Actors.Take(3).Select(a => a.Actor.Name)])));
        }

        var skipped = data.Summary.Skipped;
        if (data.Summary.Undated > 0 || skipped > 0)
        {
            // Last, but always kept: what the figures leave out.
            findings = [.. findings.Take(MaxFindings - 1), t => context.Compose(t, text.FindGaps, data.Summary.Undated, skipped)];
        }

        return findings;
    }

    private static Action<TextBuilder>? Central(BriefingContext context, List<CooccurrenceRow> ties)
    {
        var ranked = context.Data.Totals.Network
            .Where(r => r.Period == Period.All && r.Degree > 0 && r.Betweenness > 0)
            .OrderByDescending(r => r.Betweenness).ThenByDescending(r => r.Strength).ThenBy(r => r.Actor.Name, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var first = ranked[0];
        var articles = context.ArticlesByActor.GetValueOrDefault(first.Actor.Id);
        var next = new Names([.. ranked.Skip(1).Take(2).Select(r => r.Actor.Name)]);
        var strongest = ties.FirstOrDefault(t => t.Pair.Contains(first.Actor.Id));
        return t => context.Citations.Cite(
            context.Compose(t, next.Items.Count == 0 ? context.Text.FindCentral[..(context.Text.FindCentral.IndexOf('.', StringComparison.Ordinal) + 1)] : context.Text.FindCentral, first.Actor.Name, first.Degree, articles, next),
            strongest is null ? null : context.Data.Collected.Passage(strongest.Pair, Period.All));
    }

    // The latest step between two periods with changes of this kind: how many, and the three strongest.
    private static IEnumerable<Action<TextBuilder>> TieChanges(BriefingContext context, ChangeKind kind, string format, Func<PeriodChange, Period> citedPeriod)
    {
        var step = context.Data.Totals.Changes.Kept.Where(c => c.Kind == kind && c.Other is not null).GroupBy(c => (c.From, c.To)).MaxBy(g => g.Key.To);
        if (step is null)
        {
            yield break;
        }

        var documents = context.ArticlesByActor;
        var examples = step
            .OrderByDescending(c => c.Detail == "first seen")
            .ThenByDescending(c => Math.Max(c.Before, c.After))
            .ThenByDescending(c => documents.GetValueOrDefault(c.Actor.Id) + documents.GetValueOrDefault(c.Other!.Id))
            .ThenBy(c => c.Actor.Name, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        var first = examples[0];
        var passage = context.Data.Collected.Passage(new ActorPair(first.Actor.Id, first.Other!.Id), citedPeriod(first));
        var names = new Names([.. examples.Select(c => $"{c.Actor.Name} – {c.Other!.Name}")]);
        yield return t => context.Citations.Cite(
            context.Compose(t, format, new Plain(context.Period(step.Key.From)), new Plain(context.Period(step.Key.To)), step.Count(), names),
            passage);
    }

    private static IEnumerable<Action<TextBuilder>> Emerged(BriefingContext context)
    {
        var step = context.Data.Totals.Changes.Kept
            .Where(c => c.Kind == ChangeKind.ActorEmerged && c.Detail == "first seen")
            .GroupBy(c => c.To)
            .MaxBy(g => g.Key);
        if (step is null)
        {
            yield break;
        }

        var documents = context.ArticlesByActor;
        var actors = step.Select(c => c.Actor).OrderByDescending(a => documents.GetValueOrDefault(a.Id)).ThenBy(a => a.Name, StringComparer.Ordinal).Take(5).ToList();
        var passage = context.Data.Collected.PassageOf(actors[0].Id, step.Key);
        yield return t => context.Citations.Cite(
            context.Compose(t, context.Text.FindEmerged, new Plain(context.Period(step.Key)), new Names([.. actors.Select(a => a.Name)])),
            passage);
    }

    // Title changes read "rank: colonel-major → général de brigade" (see TitleChanges); the two most recent.
    private static IEnumerable<Action<TextBuilder>> Titles(BriefingContext context)
    {
        foreach (var change in context.Data.Totals.Changes.Kept.Where(c => c.Kind == ChangeKind.TitleChanged).OrderByDescending(c => c.To).Take(2))
        {
            var detail = change.Detail;
            var colon = detail.IndexOf(':', StringComparison.Ordinal);
            var arrow = detail.IndexOf('→', StringComparison.Ordinal);
            if (colon < 0 || arrow < colon)
            {
                continue;
            }

            var before = detail[(colon + 1)..arrow].Trim();
            var after = detail[(arrow + 1)..].Trim();
            var passage = context.Data.Collected.PassageOf(change.Actor.Id, change.To);
            yield return t => context.Citations.Cite(
                context.Compose(t, context.Text.FindTitle, change.Actor.Name, new Plain(after), new Plain(context.Period(change.To)), new Plain(before)),
                passage);
        }
    }
}
