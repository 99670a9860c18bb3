using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>The actors: a table of the most reported (type, country, articles, mentions, first and last seen, titles over time) and their timeline.</summary>
internal static class ActorsSection
{
    private const int TopActors = 15;

    public static void Compose(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        var totals = context.Data.Totals;
        content.Heading(text.Actors);
        if (totals.Actors.Count == 0)
        {
            content.Paragraph(text.NoActors);
            return;
        }

        content.Paragraph(text.ActorsIntro);
        var titles = totals.Titles
            .GroupBy(t => t.Actor.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Titles(context, g), StringComparer.Ordinal);
        var shown = totals.Actors.Take(TopActors).ToList();
        content.Table(table =>
        {
            table.Column(2.6f).Column(1.3f).Column(1.2f).Column(0.9f, CellAlignment.Right).Column(0.9f, CellAlignment.Right)
                .Column(1.2f).Column(1.2f).Column(3.2f)
                .Header([.. text.ActorColumns]);
            foreach (var actor in shown)
            {
                table.Row(
                    actor.Actor.Name,
                    text.Term(actor.Actor.Type),
                    actor.CountryName,
                    context.Number(actor.Documents),
                    context.Number(actor.Mentions),
                    context.Date(actor.FirstDate),
                    context.Date(actor.LastDate),
                    titles.GetValueOrDefault(actor.Actor.Id, string.Empty));
            }
        });
        if (totals.Actors.Count > shown.Count)
        {
            content.Paragraph(t => t.Muted(text.Format(text.TableCut, shown.Count, totals.Actors.Count, "data/actors.csv")));
        }

        var unit = totals.Settings.Network.Unit;
        content.Figure(ActorTimelineChart.Create(totals.Counts, 8, unit, title: string.Empty, wording: text.Charts), text.ActorTimelineCaption, context.FigureSource());
    }

    // Each title once, at the first date an article uses it; the four latest, oldest first.
    private static string Titles(BriefingContext context, IEnumerable<ActorTitle> titles) =>
        string.Join(" → ", titles
            .GroupBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MinBy(t => t.Date)!)
            .OrderBy(t => t.Date)
            .TakeLast(4)
            .Select(t => $"{t.Title} ({context.Date(t.Date)})"));
}
