using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// One document as the extraction pipeline annotates it (think spaCy's Doc): its words, and the
/// annotations components add in turn (sentences, titles, mentions). Every annotation is a range of
/// words and a span of the document's own text, so it can always be traced back.
/// </summary>
internal sealed class ActorDocument
{
    private readonly SegmentKind[] _kinds;

    public ActorDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Tokens = TokenList.Create(document.Text);
        _kinds = KindsOfWords(document, Tokens);
    }

    /// <summary>The document annotated.</summary>
    public Document Document { get; }

    /// <summary>Its words.</summary>
    public TokenList Tokens { get; }

    /// <summary>Sentence spans, in order, never crossing a segment boundary (annotation <c>sentences</c>).</summary>
    public List<TextSpan> Sentences { get; } = [];

    /// <summary>Titles, ranks and functions found in the text (annotation <c>titles</c>).</summary>
    public List<TitleMatch> Titles { get; } = [];

    /// <summary>Actor mentions, in any order while the pipeline runs (annotation <c>mentions</c>).</summary>
    public List<MentionDraft> Mentions { get; } = [];

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1 in a gap between segments.</summary>
    public int SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The kind of segment word <paramref name="index"/> lies in; boilerplate when in a gap.</summary>
    public SegmentKind KindAt(int index) => _kinds[index];

    /// <summary>True when word <paramref name="index"/> is article text (title or content).</summary>
    public bool IsArticleText(int index) => KindAt(index) is SegmentKind.Content or SegmentKind.Title;

    /// <summary>True when some mention already covers a word from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool IsCovered(int first, int last)
    {
        foreach (var mention in Mentions)
        {
            if (mention.First <= last && first <= mention.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mention that starts at word <paramref name="index"/>, or null.</summary>
    public MentionDraft? MentionStartingAt(int index) => Mentions.Find(m => m.First == index);

    /// <summary>True when two words lie in the same sentence.</summary>
    public bool SameSentence(int first, int second)
    {
        var sentence = SentenceAt(Tokens.Start(first));
        return sentence >= 0 && sentence == SentenceAt(Tokens.Start(second));
    }

    // Segments and words are both in text order, so one merge pass classifies every word.
    private static SegmentKind[] KindsOfWords(Document document, TokenList tokens)
    {
        var kinds = new SegmentKind[tokens.Count];
        var segment = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (segment < document.Segments.Count && document.Segments[segment].Span.End <= tokens.Start(i))
            {
                segment++;
            }

            kinds[i] = segment < document.Segments.Count && document.Segments[segment].Span.Contains(tokens.Span(i, i))
                ? document.Segments[segment].Kind
                : SegmentKind.Boilerplate;
        }

        return kinds;
    }
}
