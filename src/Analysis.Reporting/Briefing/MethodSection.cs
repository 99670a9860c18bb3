using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// Method and limits: how articles, actors, ties and measures were counted, and what the corpus does not
/// cover. <see cref="BriefingStrings.MethodParagraphs"/> take {0} where two actors must be named ("the same article"), {1} the period unit, {2} the
/// minimum support ("1 article"), {3} the stories, {4} the dictionary's actors, {5} the discovered actors;
/// <see cref="BriefingStrings.Limits"/> take {0} undated articles, {1} inputs not loaded, {2} duplicates,
/// {3} articles outside the date range, {4} articles dated too coarsely.
/// </summary>
internal static class MethodSection
{
    public static void Compose(ContentBuilder content, BriefingContext context, ActorDictionary dictionary)
    {
        var text = context.Text;
        var data = context.Data;
        var settings = data.Totals.Settings;
        content.Heading(text.Method);
        object[] method =
        [
            text.Same(settings.Network.Window),
            text.Term(settings.Network.Unit),
            text.ArticleCount(settings.Cooccurrence.MinSupport),
            data.Totals.Stories.Count,
            dictionary.Actors.Count,
            data.Totals.Actors.Count(a => a.Actor.Origin == ActorOrigin.Discovered),
        ];
        foreach (var paragraph in text.MethodParagraphs)
        {
            content.Paragraph(text.Format(paragraph, method));
        }

        object[] limits = [data.Summary.Undated, data.Summary.Skipped, data.Summary.Duplicates, data.Totals.Counts.OutOfRange, data.Summary.TooCoarse];
        content.Bullets(list =>
        {
            foreach (var limit in text.Limits)
            {
                list.Item(text.Format(limit, limits));
            }
        });
    }
}
