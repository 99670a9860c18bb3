using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Finds, in one document, the passages behind each of its ties, with the same filters, roll-up and
/// pairing rule as the counts, so every counted tie can be quoted. Works a document at a time, for
/// streaming.
/// </summary>
public sealed class EvidenceFinder
{
    /// <summary>Passages longer than this are shortened to their first and last sentence.</summary>
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
    /// sentence where both appear; failing that, the sentences of their nearest mentions within one
    /// paragraph; failing that, within the article. Windows the options leave out are skipped.
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
            var found = new HashSet<ActorPair>();
            foreach (var unit in DocumentWindows.Of(document, window, _projection))
            {
                foreach (var (a, b) in unit.Pairs().Where(p => !shown.Contains(new ActorPair(p.A.Id, p.B.Id))))
                {
                    found.Add(new ActorPair(a.Id, b.Id));
                    yield return window == CooccurrenceWindow.Sentence
                        ? Evidence(document, storyId, a, b, window, unit.Span, unit.Span.Slice(document.Document.Text).Trim())
                        : Passage(document, storyId, a, b, window, unit.Nearest(a.Id, b.Id)!.Value);
                }
            }

            shown.UnionWith(found);
        }
    }

    // The article sentences from the one of the first mention to the one of the second (page furniture
    // between them left out), joined; a long run keeps only its first and last sentence around " […] ".
    // The span runs from the first sentence quoted to the last.
    private static TieEvidence Passage(ExtractedDocument document, string storyId, Actor a, Actor b, CooccurrenceWindow window, (Mention First, Mention Second) nearest)
    {
        var text = document.Document.Text;
        var article = document.Document.ArticleSegments.Select(s => s.Span).ToList();
        var sentences = Enumerable.Range(nearest.First.Sentence, nearest.Second.Sentence - nearest.First.Sentence + 1)
            .Select(i => document.Sentences[i])
            .Where(sentence => DocumentWindows.IsArticleText(sentence, article))
            .ToList();
        var span = TextSpan.FromBounds(sentences[0].Start, sentences[^1].End);
        var quoted = sentences.Select(sentence => sentence.Slice(text).Trim()).ToList();
        var passage = quoted.Sum(q => q.Length + 1) <= LongPassage || quoted.Count <= 2
            ? string.Join(" ", quoted)
            : $"{quoted[0]} […] {quoted[^1]}";
        return Evidence(document, storyId, a, b, window, span, passage);
    }

    private static TieEvidence Evidence(ExtractedDocument document, string storyId, Actor a, Actor b, CooccurrenceWindow window, TextSpan span, string text)
    {
        var (x, y) = string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a);
        return new TieEvidence(x, y, window, document.Document.Id, document.Document.Date.Value, storyId, span, text);
    }
}
