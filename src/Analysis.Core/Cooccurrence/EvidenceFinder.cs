using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Finds, in one document, the passages behind each of its ties, with the same filters and roll-up as
/// the counts, so every counted tie can be quoted. Works a document at a time, for streaming.
/// </summary>
public sealed class EvidenceFinder
{
    /// <summary>Article-level passages longer than this are shortened to their first and last sentence.</summary>
    private const int LongPassage = 400;

    private readonly ActorProjection _projection;

    /// <summary>Creates a finder with the same <paramref name="options"/> as the counts it backs.</summary>
    public EvidenceFinder(ActorDictionary dictionary, CooccurrenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _projection = new ActorProjection(options ?? CooccurrenceOptions.Default, dictionary);
    }

    /// <summary>
    /// The evidence of every tie of <paramref name="document"/>, the narrowest there is for each pair: the
    /// sentences where both appear; failing that, the paragraphs; failing that, the passage joining their
    /// nearest mentions. Windows the options leave out are skipped. In text order within each window.
    /// </summary>
    public IEnumerable<TieEvidence> Find(ExtractedDocument document, string storyId)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_projection.Includes(document.Document))
        {
            yield break;
        }

        var shown = new HashSet<ActorPair>();
        foreach (var window in _projection.Options.Windows.Distinct().Order())
        {
            var items = window == CooccurrenceWindow.Document ? ArticleLevel(document, storyId) : WithinUnits(document, window, storyId);
            var found = new HashSet<ActorPair>();
            foreach (var evidence in items.Where(e => !shown.Contains(e.Pair)))
            {
                found.Add(evidence.Pair);
                yield return evidence;
            }

            shown.UnionWith(found);
        }
    }

    private IEnumerable<TieEvidence> WithinUnits(ExtractedDocument document, CooccurrenceWindow window, string storyId)
    {
        var text = document.Document.Text;
        foreach (var unit in DocumentWindows.Of(document, window, _projection))
        {
            for (var i = 0; i < unit.Actors.Count; i++)
            {
                for (var j = i + 1; j < unit.Actors.Count; j++)
                {
                    yield return Evidence(document, storyId, unit.Actors[i], unit.Actors[j], window, unit.Span, unit.Span.Slice(text).Trim());
                }
            }
        }
    }

    // For each pair, the two mentions nearest each other, and the sentences from the first to the second.
    private IEnumerable<TieEvidence> ArticleLevel(ExtractedDocument document, string storyId)
    {
        var date = document.Document.Date.Value;
        var mentions = document.Mentions
            .Select(m => (Actor: _projection.Project(m.Actor, date), Mention: m))
            .Where(m => m.Actor is not null)
            .Select(m => (Actor: m.Actor!, m.Mention))
            .ToList();
        var actors = mentions.Select(m => m.Actor).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < actors.Count; i++)
        {
            for (var j = i + 1; j < actors.Count; j++)
            {
                var first = mentions.Where(m => m.Actor.Id == actors[i].Id).Select(m => m.Mention).ToList();
                var second = mentions.Where(m => m.Actor.Id == actors[j].Id).Select(m => m.Mention).ToList();
                var (from, to) = Nearest(first, second);
                yield return Passage(document, storyId, actors[i], actors[j], from.Sentence, to.Sentence);
            }
        }
    }

    private static (Mention First, Mention Second) Nearest(List<Mention> first, List<Mention> second)
    {
        var best = (First: first[0], Second: second[0]);
        var bestDistance = int.MaxValue;
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                var distance = Math.Abs(a.Span.Start - b.Span.Start);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = a.Span.Start <= b.Span.Start ? (a, b) : (b, a);
                }
            }
        }

        return best;
    }

    // The article sentences from the one of the first mention to the one of the second (page furniture
    // between them left out), joined; a long run keeps only its first and last sentence around " […] ".
    // The span runs from the first sentence quoted to the last.
    private static TieEvidence Passage(ExtractedDocument document, string storyId, Actor a, Actor b, int fromSentence, int toSentence)
    {
        var text = document.Document.Text;
        var article = document.Document.ArticleSegments.Select(s => s.Span).ToList();
        var sentences = Enumerable.Range(fromSentence, toSentence - fromSentence + 1)
            .Select(i => document.Sentences[i])
            .Where(sentence => DocumentWindows.IsArticleText(sentence, article))
            .ToList();
        var span = TextSpan.FromBounds(sentences[0].Start, sentences[^1].End);
        var quoted = sentences.Select(sentence => sentence.Slice(text).Trim()).ToList();
        var passage = quoted.Sum(q => q.Length + 1) <= LongPassage || quoted.Count <= 2
            ? string.Join(" ", quoted)
            : $"{quoted[0]} […] {quoted[^1]}";
        return Evidence(document, storyId, a, b, CooccurrenceWindow.Document, span, passage);
    }

    private static TieEvidence Evidence(ExtractedDocument document, string storyId, Actor a, Actor b, CooccurrenceWindow window, TextSpan span, string text)
    {
        var (x, y) = string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a);
        return new TieEvidence(x, y, window, document.Document.Id, document.Document.Date.Value, storyId, span, text);
    }
}
