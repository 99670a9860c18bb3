using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Cuts an extracted document into the windows co-occurrence is counted in. Only article text counts:
/// sentences and paragraphs of boilerplate, bylines and datelines are not windows at all, so they do
/// not dilute the measures either. Sentences, paragraphs and mentions are all in text order, so each
/// kind of window is one walk through the document.
/// </summary>
internal static class DocumentWindows
{
    /// <summary>The windows of <paramref name="window"/> kind in the document, each with its actors.</summary>
    public static IEnumerable<WindowUnit> Of(ExtractedDocument document, CooccurrenceWindow window, ActorProjection projection)
    {
        var date = document.Document.Date.Value;
        var paragraphs = document.Document.ArticleSegments.Select(s => s.Span).ToList();
        return window switch
        {
            CooccurrenceWindow.Sentence => Sentences(document, paragraphs, projection, date),
            CooccurrenceWindow.Paragraph => Paragraphs(document, paragraphs, projection, date),
            CooccurrenceWindow.Document =>
            [
                new WindowUnit(window, paragraphs.Count == 0 ? default : TextSpan.FromBounds(paragraphs[0].Start, paragraphs[^1].End), projection.Project(document.Mentions, date)),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown window."),
        };
    }

    /// <summary>True when <paramref name="sentence"/> lies in article text.</summary>
    public static bool IsArticleText(TextSpan sentence, IReadOnlyList<TextSpan> paragraphs)
    {
        // Paragraphs are few and sorted: a binary search on their ends finds the only candidate.
        int low = 0, high = paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (paragraphs[middle].End <= sentence.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low < paragraphs.Count && paragraphs[low].Contains(sentence);
    }

    // Each window's mentions are projected as they are collected, and a window without any shares the
    // empty list: most sentences name no actor.
    private static IEnumerable<WindowUnit> Sentences(ExtractedDocument document, List<TextSpan> paragraphs, ActorProjection projection, PartialDate date)
    {
        var next = 0;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            List<CountedMention>? counted = null;
            while (next < document.Mentions.Count && document.Mentions[next].Sentence <= i)
            {
                if (document.Mentions[next].Sentence == i)
                {
                    Collect(ref counted, document.Mentions[next], projection, date);
                }

                next++;
            }

            if (IsArticleText(document.Sentences[i], paragraphs))
            {
                yield return new WindowUnit(CooccurrenceWindow.Sentence, document.Sentences[i], counted ?? (IReadOnlyList<CountedMention>)[]);
            }
        }
    }

    private static IEnumerable<WindowUnit> Paragraphs(ExtractedDocument document, List<TextSpan> paragraphs, ActorProjection projection, PartialDate date)
    {
        var next = 0;
        foreach (var paragraph in paragraphs)
        {
            List<CountedMention>? counted = null;
            while (next < document.Mentions.Count && document.Mentions[next].Span.Start < paragraph.End)
            {
                if (paragraph.Contains(document.Mentions[next].Span))
                {
                    Collect(ref counted, document.Mentions[next], projection, date);
                }

                next++;
            }

            yield return new WindowUnit(CooccurrenceWindow.Paragraph, paragraph, counted ?? (IReadOnlyList<CountedMention>)[]);
        }
    }

    private static void Collect(ref List<CountedMention>? counted, Mention mention, ActorProjection projection, PartialDate date)
    {
        if (projection.Project(mention.Actor, date) is { } actor)
        {
            (counted ??= []).Add(new CountedMention(actor, mention));
        }
    }
}
