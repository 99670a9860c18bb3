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
        var text = document.Document.Text;
        var article = document.Document.ArticleSegments.Select(s => s.Span).ToList();
        foreach (var window in _projection.Options.Windows.Distinct().Order())
        {
            var found = new HashSet<ActorPair>();
            foreach (var unit in DocumentWindows.Of(document, window, _projection))
            {
                foreach (var (a, b) in unit.Pairs())
                {
                    var pair = new ActorPair(a.Id, b.Id);
                    if (shown.Contains(pair))
                    {
                        continue;
                    }

                    found.Add(pair);
                    yield return window == CooccurrenceWindow.Sentence
                        ? Evidence(document, storyId, a, b, window, unit.Span, Trimmed(text, unit.Span).ToString())
                        : Passage(document, storyId, a, b, window, unit.Nearest(a.Id, b.Id)!.Value, article);
                }
            }

            shown.UnionWith(found);
        }
    }

    // The article sentences from the one of the first mention to the one of the second (page furniture
    // between them left out), joined; a long run keeps only its first and last sentence around " […] ".
    // The span runs from the first sentence quoted to the last. Sentences are measured as spans and the
    // passage is written once: a document-window tie can run over dozens of sentences.
    private static TieEvidence Passage(ExtractedDocument document, string storyId, Actor a, Actor b, CooccurrenceWindow window, (Mention First, Mention Second) nearest, List<TextSpan> article)
    {
        var text = document.Document.Text;
        var sentences = new List<TextSpan>();
        for (var i = nearest.First.Sentence; i <= nearest.Second.Sentence; i++)
        {
            if (DocumentWindows.IsArticleText(document.Sentences[i], article))
            {
                sentences.Add(document.Sentences[i]);
            }
        }

        var span = TextSpan.FromBounds(sentences[0].Start, sentences[^1].End);
        var joinedLength = -1;
        foreach (var sentence in sentences)
        {
            joinedLength += Trimmed(text, sentence).Length + 1;
        }

        var passage = joinedLength + 1 <= LongPassage || sentences.Count <= 2
            ? Joined(text, sentences, joinedLength)
            : string.Concat(Trimmed(text, sentences[0]), " […] ", Trimmed(text, sentences[^1]));
        return Evidence(document, storyId, a, b, window, span, passage);
    }

    /// <summary>The trimmed sentences, one space between each.</summary>
    private static string Joined(string text, List<TextSpan> sentences, int length) =>
        string.Create(length, (text, sentences), static (destination, state) =>
        {
            var at = 0;
            foreach (var sentence in state.sentences)
            {
                if (at > 0)
                {
                    destination[at++] = ' ';
                }

                var trimmed = Trimmed(state.text, sentence);
                trimmed.CopyTo(destination[at..]);
                at += trimmed.Length;
            }
        });

    private static ReadOnlySpan<char> Trimmed(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).Trim();

    private static TieEvidence Evidence(ExtractedDocument document, string storyId, Actor a, Actor b, CooccurrenceWindow window, TextSpan span, string text)
    {
        var (x, y) = string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a);
        return new TieEvidence(x, y, window, document.Document.Id, document.Document.Date.Value, storyId, span, text);
    }
}
