using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// Co-occurrence over time: the heatmaps of the whole corpus and of the latest periods, the network, the tie
/// timeline, what changed between periods, and the strongest ties with one quoted, cited passage each.
/// </summary>
internal static class CooccurrenceSection
{
    private const int MaxPeriodHeatmaps = 3;
    private const int StrongestTies = 10;

    // A year of months; seven years of them filled four pages with the table of changes.
    private const int MaxChangeSteps = 12;

    public static void Compose(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        var totals = context.Data.Totals;
        var network = totals.Settings.Network;
        var source = context.FigureSource();
        content.Heading(text.Cooccurrence);
        content.Paragraph(text.Format(text.CooccurrenceIntro, text.Same(network.Window), text.Term(network.Unit)));
        if (!totals.Counts.RowsOf(Period.All, network.Window).Any())
        {
            content.Paragraph(text.Format(text.NoTies, text.Same(network.Window)));
            return;
        }

        content.Figure(CooccurrenceHeatmapChart.Create(totals.Counts, Period.All, network.Window, title: string.Empty, wording: text.Charts), text.Format(text.HeatmapCaption, text.Whole), source);
        content.Figure(NetworkGraphChart.Create(totals.Counts, Period.All, new NetworkChartOptions { Network = network }, title: string.Empty, wording: text.Charts), text.Format(text.NetworkCaption, text.Whole), source);
        var periods = network.Unit == PeriodUnit.All ? [] : totals.Counts.PeriodsOf(network.Unit);
        foreach (var period in periods.Where(p => totals.Counts.RowsOf(p, network.Window).Any()).TakeLast(MaxPeriodHeatmaps))
        {
            content.Figure(CooccurrenceHeatmapChart.Create(totals.Counts, period, network.Window, title: string.Empty, wording: text.Charts), text.Format(text.HeatmapCaption, context.Period(period)), source);
        }

        if (periods.Count > MaxPeriodHeatmaps)
        {
            content.Paragraph(t => t.Muted(text.Format(text.HeatmapsOmitted, MaxPeriodHeatmaps, periods.Count)));
        }

        if (periods.Count > 1)
        {
            content.Figure(TieTimelineChart.Create(totals.Counts, 12, network.Unit, network.Window, network.Weight, title: string.Empty, wording: text.Charts), text.TieTimelineCaption, source);
            Changes(content, context);
        }

        Strongest(content, context);
    }

    private static void Changes(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        var changes = context.Data.Totals.Changes;
        var steps = changes.Steps.OrderBy(s => s.To).ThenBy(s => s.From).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        var shown = steps.TakeLast(MaxChangeSteps).ToList();

        content.Heading(text.Changes, 2);
        ChangeKind[] kinds = [ChangeKind.TieAppeared, ChangeKind.TieStrengthened, ChangeKind.TieWeakened, ChangeKind.TieVanished, ChangeKind.ActorEmerged, ChangeKind.ActorDisappeared, ChangeKind.TitleChanged];
        content.Table(table =>
        {
            table.Column(1.4f).Column(1.4f);
            foreach (var _ in kinds)
            {
                table.Column(1f, CellAlignment.Right);
            }

            table.Header([.. text.ChangeColumns]);
            foreach (var step in shown)
            {
                table.Row([context.Period(step.From), context.Period(step.To), .. kinds.Select(k => context.Number(changes.Count(step.From, step.To, k)))]);
            }
        });
        if (shown.Count < steps.Count)
        {
            content.Paragraph(t => t.Muted(text.Format(text.ChangesCut, shown.Count, steps.Count, "data/changes.csv")));
        }
    }

    private static void Strongest(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        var totals = context.Data.Totals;
        var ties = TieRanking.StrongestFirst(totals.Counts.RowsOf(Period.All, totals.Settings.Network.Window)).Take(StrongestTies).ToList();
        if (ties.Count == 0)
        {
            return;
        }

        content.Heading(text.StrongestTies, 2);
        content.Table(table =>
        {
            table.Column(2.2f).Column(0.8f, CellAlignment.Right).Column(0.8f, CellAlignment.Right).Column(0.8f, CellAlignment.Right).Column(0.8f, CellAlignment.Right).Column(5.2f)
                .Header([.. text.TieColumns]);
            foreach (var tie in ties)
            {
                var passage = context.Data.Collected.Passage(tie.Pair, Period.All);
                table.Row(
                    t => t.Bold(tie.A.Name).Text(" – ").Bold(tie.B.Name),
                    t => t.Text(context.Number(tie.Documents)),
                    t => t.Text(context.Number(tie.Stories)),
                    t => t.Text(double.IsNaN(tie.Npmi) ? "–" : context.Number(tie.Npmi, 2)),
                    t => t.Text(context.Number(tie.LogLikelihood, 1)),
                    t => Evidence(t, context, passage));
            }
        });
    }

    /// <summary>The passage quoted in italics and cited, or a dash when the tie has none.</summary>
    public static void Evidence(TextBuilder text, BriefingContext context, CitedPassage? passage)
    {
        if (passage is null)
        {
            text.Text("–");
            return;
        }

        text.Italic("« " + Quote(passage.Evidence.Text) + " »");
        context.Citations.Cite(text, passage);
    }

    /// <summary>The passage, shortened in its middle when it is too long to quote whole.</summary>
    public static string Quote(string passage)
    {
        var clean = string.Join(' ', passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= CitedPassage.MaxQuote)
        {
            return clean;
        }

        // Cut at spaces when there are some, else between whole characters: half an emoji is not text.
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(clean);
        var half = CitedPassage.MaxQuote / 2;
        var headEnd = clean.LastIndexOf(' ', half);
        headEnd = headEnd > half / 2 ? headEnd : elements.Last(i => i <= half);
        var tailStart = clean.IndexOf(' ', clean.Length - half);
        tailStart = tailStart >= 0 && tailStart < clean.Length - (half / 2) ? tailStart : elements.First(i => i >= clean.Length - half);
        return clean[..headEnd].TrimEnd() + " […] " + clean[tailStart..].TrimStart();
    }
}
