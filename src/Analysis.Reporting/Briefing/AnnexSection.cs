using Analysis.Core.Actors;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>The annexes: the numbered sources every "[n]" leads to, the ingest report, and the discovered actors to review.</summary>
internal static class AnnexSection
{
    private const int MaxDiscovered = 40;

    public static void Compose(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        content.Heading(text.Annexes);
        Sources(content, context);
        Ingest(content, context);
        Discovered(content, context);
    }

    private static void Sources(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        content.Heading(text.Sources, 2);
        var sources = context.Citations.Sources;
        content.Table(table =>
        {
            table.Column(0.5f, CellAlignment.Right).Column(4.5f).Column(1.6f).Column(1.2f).Column(2.2f).Header([.. text.SourceColumns]);
            for (var i = 0; i < sources.Count; i++)
            {
                var number = i + 1;
                var source = sources[i];
                table.Row(
                    t => t.Destination(Citations.Anchor(number)).Text(number.ToString(context.Culture)),
                    t => Title(t, source),
                    t => t.Text(source.Outlet),
                    t => t.Text(context.Date(source.Date)),
                    t => t.Text(source.File));
            }
        });
    }

    private static void Title(TextBuilder text, DocumentCard source)
    {
        var title = source.Title.Length > 0 ? source.Title : source.Id;
        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            text.Link(title, url);
        }
        else
        {
            text.Text(title);
        }
    }

    private static void Ingest(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        var collected = context.Data.Collected;
        content.Heading(text.Ingest, 2);
        content.Table(table =>
        {
            table.Column(2f).Column(1f, CellAlignment.Right).Header(text.IngestColumns[0], text.IngestColumns[1]);
            foreach (var (status, count) in collected.Statuses.OrderBy(s => s.Key))
            {
                table.Row(text.Term(status), context.Number(count));
            }
        });
        if (collected.Problems.Count == 0)
        {
            return;
        }

        content.Table(table =>
        {
            table.Column(3f).Column(1.2f).Column(4f).Header(text.IngestColumns[2], text.IngestColumns[0], text.IngestColumns[3]);
            foreach (var problem in collected.Problems)
            {
                table.Row(problem.File, text.Term(problem.StatusName), problem.Reason);
            }
        });
        var notLoaded = context.Data.Summary.Skipped + context.Data.Summary.Duplicates;
        if (notLoaded > collected.Problems.Count)
        {
            content.Paragraph(t => t.Muted(text.Format(text.TableCut, collected.Problems.Count, notLoaded, "data/ingest.csv")));
        }
    }

    private static void Discovered(ContentBuilder content, BriefingContext context)
    {
        var text = context.Text;
        var discovered = context.Data.Totals.Actors.Where(a => a.Actor.Origin == ActorOrigin.Discovered).ToList();
        if (discovered.Count == 0)
        {
            return;
        }

        content.Heading(text.Discovered, 2);
        content.Table(table =>
        {
            table.Column(3f).Column(1.4f).Column(1f, CellAlignment.Right).Column(1f, CellAlignment.Right).Column(1.4f).Header([.. text.DiscoveredColumns]);
            foreach (var actor in discovered.Take(MaxDiscovered))
            {
                table.Row(actor.Actor.Name, text.Term(actor.Actor.Type), context.Number(actor.Documents), context.Number(actor.Mentions), context.Date(actor.FirstDate));
            }
        });
        if (discovered.Count > MaxDiscovered)
        {
            content.Paragraph(t => t.Muted(text.Format(text.TableCut, MaxDiscovered, discovered.Count, "data/actors.csv")));
        }
    }
}
