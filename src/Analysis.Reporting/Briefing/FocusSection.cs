using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>The focus actor (<c>--focus</c>): its ego network, its timeline with the actors most named with it, and its ties with their evidence.</summary>
internal static class FocusSection
{
    private const int Ties = 8;

    public static void Compose(ContentBuilder content, BriefingContext context)
    {
        if (context.Data.Focus is not { Focus: { } actor } ego)
        {
            return;
        }

        var text = context.Text;
        var network = context.Data.Totals.Settings.Network;
        var source = context.FigureSource();
        content.Heading(text.Format(text.Focus, actor.Name));
        content.Paragraph(t => context.Compose(t, text.FocusIntro, actor.Name));
        content.Figure(EgoNetworkChart.Create(ego, Period.All, new NetworkChartOptions { Network = network }, title: string.Empty, wording: text.Charts), text.Format(text.EgoCaption, actor.Name), source);
        if (network.Unit != PeriodUnit.All && ego.PeriodsOf(network.Unit).Count > 0)
        {
            content.Figure(ActorTimelineChart.Create(ego, 6, network.Unit, title: string.Empty, wording: text.Charts), text.Format(text.FocusTimelineCaption, actor.Name), source);
        }

        var ties = TieRanking.StrongestFirst(context.Data.Totals.Counts.RowsOf(Period.All, network.Window).Where(r => r.Pair.Contains(actor.Id))).Take(Ties).ToList();
        if (ties.Count == 0)
        {
            return;
        }

        content.Table(table =>
        {
            table.Column(2.2f).Column(0.8f, CellAlignment.Right).Column(0.8f, CellAlignment.Right).Column(6f)
                .Header(text.TieColumns[0], text.TieColumns[1], text.TieColumns[2], text.TieColumns[5]);
            foreach (var tie in ties)
            {
                var passage = context.Data.Collected.Passage(tie.Pair, Period.All);
                table.Row(
                    t => t.Bold(Other(tie, actor.Id)),
                    t => t.Text(context.Number(tie.Documents)),
                    t => t.Text(context.Number(tie.Stories)),
                    t => CooccurrenceSection.Evidence(t, context, passage));
            }
        });
    }

    private static string Other(CooccurrenceRow row, string actorId) => row.A.Id == actorId ? row.B.Name : row.A.Name;
}
