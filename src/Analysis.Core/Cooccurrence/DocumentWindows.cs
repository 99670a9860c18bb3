using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Cuts an extracted document into the windows co-occurrence is counted in. Only article text counts:
/// sentences and paragraphs of boilerplate, bylines and datelines are not windows at all, so they do
/// not dilute the measures either.
/// </summary>
internal static class DocumentWindows
{
    /// <summary>The windows of <paramref name="window"/> kind in the document, each with its actors.</summary>
    public static IEnumerable<WindowUnit> Of(ExtractedDocument document, CooccurrenceWindow window, ActorProjection projection)
    {
        var date = document.Document.Date.Value;
        var paragraphs = document.Document.ArticleSegments.Select(s => s.Span).ToList();
        switch (window)
        {
            case CooccurrenceWindow.Sentence:
                var byIndex = document.Mentions.ToLookup(m => m.Sentence);
                for (var i = 0; i < document.Sentences.Count; i++)
                {
                    var sentence = document.Sentences[i];
                    if (paragraphs.Exists(p => p.Contains(sentence)))
                    {
                        yield return new WindowUnit(window, sentence, projection.Project(byIndex[i], date));
                    }
                }

                break;
            case CooccurrenceWindow.Paragraph:
                foreach (var paragraph in paragraphs)
                {
                    yield return new WindowUnit(window, paragraph, projection.Project(document.Mentions.Where(m => paragraph.Contains(m.Span)), date));
                }

                break;
            case CooccurrenceWindow.Document:
                var span = paragraphs.Count == 0 ? default : TextSpan.FromBounds(paragraphs[0].Start, paragraphs[^1].End);
                yield return new WindowUnit(window, span, projection.Project(document.Mentions, date));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown window.");
        }
    }
}
