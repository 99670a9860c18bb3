using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Resolution;
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
    private readonly List<MentionDraft> _mentions = [];
    private readonly Dictionary<int, List<MentionDraft>> _mentionsByFirstWord = [];

    // Removed but still in _mentions until the list is next read: a component replacing thousands of
    // mentions would otherwise shift the whole list once per removal.
    private readonly HashSet<MentionDraft> _removed = [];
    // How many mentions cover each word: mentions may nest ("Cour de justice de la CEDEAO"), and a count
    // lets a removal uncover only what no other mention covers, without a pass over all mentions (which made
    // a long page with thousands of name mentions quadratic).
    private readonly int[] _covered;

    public ActorDocument(Document document, ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(registry);
        Document = document;
        Registry = registry;
        Tokens = TokenList.Create(document.Text);
        _kinds = KindsOfWords(document, Tokens);
        _covered = new int[Tokens.Count];
    }

    /// <summary>The document annotated.</summary>
    public Document Document { get; }

    /// <summary>Where the names discovered in this document are resolved: the document's own registry over
    /// the dictionary's actors (see <see cref="ActorRegistry"/>).</summary>
    public ActorRegistry Registry { get; }

    /// <summary>Its words.</summary>
    public TokenList Tokens { get; }

    /// <summary>Sentence spans, in order, never crossing a segment boundary (annotation <c>sentences</c>).</summary>
    public List<TextSpan> Sentences { get; } = [];

    /// <summary>Titles, ranks and functions found in the text (annotation <c>titles</c>).</summary>
    public List<TitleMatch> Titles { get; } = [];

    /// <summary>Actor mentions, in any order while the pipeline runs (annotation <c>mentions</c>).</summary>
    public IReadOnlyList<MentionDraft> Mentions
    {
        get
        {
            if (_removed.Count > 0)
            {
                _mentions.RemoveAll(_removed.Contains);
                _removed.Clear();
            }

            return _mentions;
        }
    }

    /// <summary>Adds a mention; its words are covered from now on.</summary>
    public void Add(MentionDraft mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (_removed.Contains(mention))
        {
            _ = Mentions; // Compacts first, so the mention added back is not dropped with its removed copy.
        }

        _mentions.Add(mention);
        Cover(mention, 1);
        if (!_mentionsByFirstWord.TryGetValue(mention.First, out var starting))
        {
            _mentionsByFirstWord[mention.First] = starting = [];
        }

        starting.Add(mention);
    }

    /// <summary>Adds a mention of <paramref name="actor"/> over words <paramref name="first"/> to <paramref name="last"/>.</summary>
    public MentionDraft Add(int first, int last, Actor actor, MentionOrigin origin)
    {
        var mention = new MentionDraft(first, last, Tokens.Span(first, last), actor, origin);
        Add(mention);
        return mention;
    }

    /// <summary>Removes a mention (a component replacing it with a better one).</summary>
    public void Remove(MentionDraft mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (_mentionsByFirstWord.TryGetValue(mention.First, out var starting) && starting.Remove(mention))
        {
            _removed.Add(mention);
            Cover(mention, -1);
        }
    }

    /// <summary>True when word <paramref name="index"/> exists, is article text and no mention covers it:
    /// the words discovery and coreference may still use.</summary>
    public bool IsFree(int index) => index >= 0 && index < Tokens.Count && _covered[index] == 0 && IsArticleText(index);

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
        for (var i = first; i <= last; i++)
        {
            if (_covered[i] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first mention that starts at word <paramref name="index"/> and satisfies <paramref name="match"/>, or null.</summary>
    public MentionDraft? MentionStartingAt(int index, Func<MentionDraft, bool> match) =>
        _mentionsByFirstWord.TryGetValue(index, out var starting) ? starting.Find(m => match(m)) : null;

    private void Cover(MentionDraft mention, int change)
    {
        for (var i = mention.First; i <= mention.Last; i++)
        {
            _covered[i] += change;
        }
    }

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
