using System.Runtime.InteropServices;
using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Core.Text;

namespace Analysis.Core.Stories;

/// <summary>
/// Groups articles into stories — articles of several outlets reporting the same event — so co-occurrences
/// can be counted by story as well as by article, and one heavily covered meeting does not weigh like three.
/// </summary>
/// <remarks>
/// <para>
/// <b>Online.</b> The runner streams millions of documents and writes each one's row, story id included,
/// as soon as it is processed; so, as in first-story detection (Topic Detection and Tracking), a document
/// is given a story when it arrives, by comparison with the stories formed so far, and that is never
/// revised. The grouping therefore depends on the order of the input: the loader reads files in sorted
/// path order, so the same corpus always gives the same stories and ids, and a document added later can
/// join an existing story but never moves one already assigned.
/// </para>
/// <para>
/// <b>Memory</b> grows with the number of open stories, not with the text: an open story keeps its date
/// range, its document ids, and truncated profiles of at most <see cref="StoryOptions.MaxTerms"/> content
/// words and <see cref="StoryOptions.MaxActors"/> actors, stored as 64-bit keys, and its postings in the
/// candidate index; the text of its documents is never kept. That comes to about 4 KB a story (100,000
/// one-article stories of synthetic 300-word texts held about 390 MB), plus the document ids. At most
/// <see cref="StoryOptions.MaxOpenStories"/> are open; a closed story goes to disk as its record
/// (<see cref="ClosedStories"/>), leaving a few dozen bytes in memory. Document frequencies are counted in
/// fixed tables of hashed buckets (8 MB).
/// </para>
/// <para>
/// <b>Ids</b> are "story-" followed by the id of the story's first document (document ids are hashes of
/// the text), so a story keeps its id when the corpus grows, as long as its first document stays first.
/// A second story whose first document has the same id (the same wire copy weeks apart) gets "-2", and so
/// on: the first free id, as told by the 64-bit hashes of the ids given so far.
/// </para>
/// <para>
/// <b>Matching.</b> A document joins the best-scoring story that passes three tests, the earliest story on
/// a tie, or starts a new story:
/// </para>
/// <list type="number">
/// <item><description>Dates. The document's days (a month-dated document covers the whole month) must lie
/// within <see cref="StoryOptions.MaxGapDays"/> of the story's, and a day-dated story may not span more
/// than <see cref="StoryOptions.MaxStoryDays"/>. When the document or the story is undated or dated only to
/// the year, nothing rules the match out and nothing supports it, so the stricter
/// <see cref="StoryOptions.UndatedThreshold"/> applies instead of <see cref="StoryOptions.Threshold"/>: an
/// undated rewrite of a dated report joins it, an undated article on the same theme does not.</description></item>
/// <item><description>Actors: cosine of the document's actor ids (persons, organizations, countries and
/// places — "Bamako", "Koulouba" tell meetings apart) with the story's, each weighted by IDF so that the
/// countries every article names count for little.</description></item>
/// <item><description>Text: cosine of TF-IDF vectors of content words of the article text (headline and
/// prose; boilerplate and bylines excluded), folded, without French and English stop words. TF-IDF rather
/// than shingles or MinHash: reports of one event by different outlets are rewritten, not copied, so
/// they share words ("plan d'action", "Koulouba", "chefs d'état-major") but few word sequences, and
/// 3-shingles overlap little. The IDF is what keeps the beat's vocabulary ("sécurité", "terrorisme",
/// "coopération", shared by every article of a Sahel corpus) from merging unrelated stories; it is computed
/// online from the documents seen so far (the usual answer in streaming first-story detection), smoothed
/// so that while few documents have been seen the weights stay near plain overlap, and applied at
/// comparison time so early profiles are weighed with what the corpus has taught since (the weights are
/// worked out again at each of the first two hundred documents, then each time the corpus grows by a
/// hundredth: see <see cref="DocumentFrequencies.Idf"/>).</description></item>
/// </list>
/// <para>
/// The score is <see cref="StoryOptions.TextWeight"/> × text + <see cref="StoryOptions.ActorWeight"/> ×
/// actors (text alone when either side has no actor). Candidates come from an inverted index from actor
/// ids and profile terms, by week, to stories, not from a scan of all stories: at most
/// <see cref="StoryOptions.MaxCandidates"/> whose dates can support a match and
/// <see cref="StoryOptions.MaxUndatedCandidates"/> others, those sharing the most keys. A detector is
/// for one stream and is not thread-safe.
/// </para>
/// </remarks>
public sealed class StoryDetector
{
    private readonly StoryOptions _options;
    private readonly DocumentFrequencies _frequencies = new();
    private readonly StoryIndex _index = new();
    // By story index: the profile of an open story (null once closed). A closed story is kept as the record
    // it will be written as, on disk: a large run closes most of its hundreds of thousands of stories.
    private readonly List<StoryProfile?> _stories = [];
    private readonly ClosedStories _closed = new(folder: null);

    // Every story id given, as its 64-bit hash rather than the string: a run of a million articles gives
    // hundreds of thousands of ids.
    private readonly HashSet<ulong> _ids = [];

    // Least recently joined first: each story is queued with the stamp of its latest document, and an
    // entry whose stamp is no longer the story's latest is skipped when it reaches the front.
    private readonly Queue<(int Story, long Stamp)> _byLastDocument = new();
    private readonly List<long> _lastDocument = [];
    private long _documents;
    private int _open;
    private readonly List<string> _closedByLast = [];

    // The candidates scored for the last document, reused from one document to the next; and a buffer of
    // keys, which holds the document's look-up keys while it is matched, then its story's index keys.
    private readonly List<StoryMatch> _matches = [];
    private readonly List<ulong> _keyBuffer = [];

    /// <summary>A detector with <paramref name="options"/>, or the defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (negative days or weights, no terms kept).</exception>
    public StoryDetector(StoryOptions? options = null)
    {
        _options = options ?? new StoryOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxGapDays, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxStoryDays, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.TextWeight, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ActorWeight, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxTerms, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxActors, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.IndexTerms, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxOpenStories, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxCandidates, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxUndatedCandidates, 1, nameof(options));
    }

    /// <summary>The options in use.</summary>
    public StoryOptions Options => _options;

    /// <summary>Where closed stories are kept (<see cref="ClosedStories"/>): the system's temporary folder unless set.</summary>
    internal string? TemporaryFolder { init => _closed = new ClosedStories(value); }

    /// <summary>The stories so far, in order of creation: a snapshot built on each call, which later assignments
    /// do not change. A closed story is read back from disk each time it is listed, as a new record: enumerate
    /// the list once, or copy it, rather than indexing it over and over.</summary>
    /// <exception cref="TemporaryStorageException">A closed story cannot be read back (when listed).</exception>
    public IReadOnlyList<Story> Stories => _closed.Snapshot([.. _stories.Select(story => story?.Snapshot())]);

    /// <summary>The stories closed while the last document was assigned (to keep the open ones few): none of
    /// them gets another document.</summary>
    internal IReadOnlyList<string> ClosedByLastAssignment => _closedByLast;

    /// <summary>
    /// The candidate stories scored for the last document assigned, for tests and diagnostics: a live view,
    /// overwritten by the next assignment.
    /// </summary>
    internal IReadOnlyList<StoryMatch> LastMatches => _matches;

    /// <summary>Assigns <paramref name="document"/> to a story now, for good, and returns the story's id.</summary>
    /// <exception cref="TemporaryStorageException">More than <see cref="StoryOptions.MaxOpenStories"/> are open and the
    /// one closed cannot be kept in the temporary folder (TMPDIR); the detector is spent.</exception>
    public string Assign(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Assign(DocumentFeatures.Of(document));
    }

    /// <summary>Assigns a document, described by <paramref name="features"/> (which may be worked out on any
    /// thread), to a story now, for good; documents are assigned in input order.</summary>
    internal string Assign(DocumentFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        _closedByLast.Clear();
        _frequencies.Add(features.Terms, features.Actors);
        var terms = Centroid.Top(features.Terms, _frequencies, _options.MaxTerms);
        var actors = Centroid.Top(features.Actors, _frequencies, _options.MaxActors);

        Match(features, terms, actors);
        int? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var match in _matches)
        {
            // The highest score, and the earliest story on a tie (candidates come in story order).
            if (match.Accepted && match.Score > bestScore)
            {
                (best, bestScore) = (match.Story, match.Score);
            }
        }

        var story = best is { } chosen ? Open(chosen) : Start(features);
        story.Add(features, terms, actors, _frequencies, _options);
        _keyBuffer.Clear();
        story.AddIndexKeys(_options.IndexTerms, _frequencies, _keyBuffer);
        _index.Update(story, CollectionsMarshal.AsSpan(_keyBuffer));
        Touch(story);
        return story.Id;
    }

    private void Match(DocumentFeatures document, IReadOnlyList<WeightedKey> terms, IReadOnlyList<WeightedKey> actors)
    {
        // The document's actors and heaviest words, but not the beat's common ones.
        _keyBuffer.Clear();
        for (var i = 0; i < actors.Count; i++)
        {
            AddUncommon(actors[i].Key);
        }

        for (var i = 0; i < Math.Min(terms.Count, _options.IndexTerms); i++)
        {
            AddUncommon(terms[i].Key);
        }

        _matches.Clear();
        var termQuery = new WeightedQuery(terms, _frequencies);
        var actorQuery = new WeightedQuery(actors, _frequencies);
        foreach (var index in _index.Candidates(
            CollectionsMarshal.AsSpan(_keyBuffer), document.Interval, _options.MaxGapDays, _options.MaxCandidates, _options.MaxUndatedCandidates, yearOnly: document.Date.Precision < DatePrecision.Month))
        {
            var story = Open(index);
            var fit = Fit(document, story);
            if (fit == DateFit.Incompatible)
            {
                continue;
            }

            var text = story.Terms.Cosine(termQuery, _frequencies);
            var actorSimilarity = story.Actors.Cosine(actorQuery, _frequencies);
            var score = actors.Count == 0 || story.Actors.Count == 0
                ? text
                : (_options.TextWeight * text) + (_options.ActorWeight * actorSimilarity);
            var threshold = fit == DateFit.Dated ? _options.Threshold : _options.UndatedThreshold;
            _matches.Add(new StoryMatch(index, story.Id, fit, text, actorSimilarity, score, threshold));
        }
    }

    private void AddUncommon(ulong key)
    {
        if (!_frequencies.IsCommon(key))
        {
            _keyBuffer.Add(key);
        }
    }

    private DateFit Fit(DocumentFeatures document, StoryProfile story)
    {
        if (document.Interval is { } days && story.Interval is { } storyDays)
        {
            if (!days.IsWithin(storyDays, _options.MaxGapDays))
            {
                return DateFit.Incompatible;
            }

            if (document.Date.Precision == DatePrecision.Day && story.DayHull is { } hull && hull.Hull(days).Days > _options.MaxStoryDays)
            {
                return DateFit.Incompatible;
            }
        }

        return document.Date.Precision >= DatePrecision.Month && story.Precision >= DatePrecision.Month ? DateFit.Dated : DateFit.Weak;
    }

    // The candidate index never offers a closed story.
    private StoryProfile Open(int index) =>
        _stories[index] ?? throw new InvalidOperationException($"Story {_closed[index].Id} was closed and cannot take documents.");

    /// <summary>The postings of the candidate index, for tests of memory.</summary>
    internal int IndexPostings => _index.Postings;

    /// <summary>The stories closed and kept on disk, for tests.</summary>
    internal int ClosedStories => _closed.Count;

    // Records that the story got a document now, and closes the stories quiet longest while too many are open.
    private void Touch(StoryProfile story)
    {
        _documents++;
        if (story.Index == _lastDocument.Count)
        {
            _lastDocument.Add(0);
            _open++;
        }

        _lastDocument[story.Index] = _documents;
        _byLastDocument.Enqueue((story.Index, _documents));
        if (_byLastDocument.Count > (2 * _open) + 1024)
        {
            // Most entries are stale when a few stories take most documents: keep the queue to the open ones.
            var current = _byLastDocument.Where(e => e.Stamp == _lastDocument[e.Story] && _stories[e.Story] is not null).ToList();
            _byLastDocument.Clear();
            current.ForEach(_byLastDocument.Enqueue);
        }

        while (_open > _options.MaxOpenStories && _byLastDocument.TryDequeue(out var entry))
        {
            if (entry.Stamp == _lastDocument[entry.Story] && _stories[entry.Story] is { } closing)
            {
                _closed.Add(entry.Story, closing.Snapshot());
                _stories[entry.Story] = null;
                _closedByLast.Add(closing.Id);
                _index.Close(entry.Story);
                _open--;
            }
        }
    }

    private StoryProfile Start(DocumentFeatures document)
    {
        // Two stories can start with text-identical documents (the same wire copy weeks apart): the later
        // one gets a numbered id, still determined by the input alone.
        var id = "story-" + document.Id;
        for (var n = 2; !_ids.Add(StableHash.Of(id)); n++)
        {
            id = $"story-{document.Id}-{n}";
        }

        var story = new StoryProfile(id, _stories.Count, document.Title);
        _stories.Add(story);
        return story;
    }
}
