using System.Collections.Concurrent;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.IO;
using Analysis.Core.Stories;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Takes extracted documents one at a time, as the runner streams them: assigns each its story, counts
/// its ties and finds their evidence. The notebook entry point (<see cref="CooccurrenceAnalysis"/>) goes
/// through this same class, so both give the same figures.
/// </summary>
public sealed class CooccurrenceAccumulator
{
    private StoryDetector? _stories;

    // The stories as they were when the stream was finished and the detector let go.
    private IReadOnlyList<Story>? _finishedStories;
    private readonly CooccurrenceCounter _counter;
    private readonly EvidenceFinder _evidence;

    // Stories closed while a document was assigned, handed to the counter once that document is counted
    // (assignment runs a few documents ahead of counting, on another thread).
    private readonly ConcurrentQueue<(long AfterDocument, string[] Stories)> _closures = new();
    private long _assigned;
    private long _counted;

    /// <summary>Creates a stream that counts with <paramref name="options"/> and groups stories with <paramref name="storyOptions"/>.</summary>
    public CooccurrenceAccumulator(ActorDictionary dictionary, CooccurrenceOptions? options = null, StoryOptions? storyOptions = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _stories = new StoryDetector(storyOptions);
        // The whole corpus's ties let go of closed stories each time as many have closed as may be open.
        _counter = new CooccurrenceCounter(dictionary, options) { ForgetEvery = _stories.Options.MaxOpenStories };
        _evidence = new EvidenceFinder(dictionary, options);
    }

    /// <summary>The stories so far (see <see cref="StoryDetector.Stories"/>: closed ones are read back from disk when listed).</summary>
    public IReadOnlyList<Story> Stories => _finishedStories ?? Detector.Stories;

    /// <summary>Assigns the document its story, counts it, and returns the story id.</summary>
    public string Add(ExtractedDocument document) => Add(Prepare(document));

    /// <summary>Works out what <paramref name="document"/> adds (its story features, its tallies, the passages
    /// behind its ties) on its own: safe to call from many threads, so a parallel run leaves only
    /// <see cref="Add(PreparedDocument)"/> to its ordered stage.</summary>
    public PreparedDocument Prepare(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new PreparedDocument(document, DocumentFeatures.Of(document), _counter.Tally(document), [.. _evidence.Find(document, string.Empty)]);
    }

    /// <summary>Assigns a prepared document its story, counts it, and returns the story id. Documents are
    /// added in input order: stories depend on it.</summary>
    public string Add(PreparedDocument document)
    {
        var story = AssignStory(document);
        Count(document, story);
        return story;
    }

    /// <summary>The first half of <see cref="Add(PreparedDocument)"/>: assigns the document its story, for good,
    /// and returns its id. Documents are assigned in input order, one at a time.</summary>
    /// <exception cref="TemporaryStorageException">A story closed to keep the open ones few cannot be kept in the
    /// temporary folder (TMPDIR), see <see cref="StoryDetector.Assign(ExtractedDocument)"/>; the accumulator is spent.</exception>
    public string AssignStory(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var detector = Detector;
        var story = detector.Assign(document.Features);
        if (detector.ClosedByLastAssignment.Count > 0)
        {
            _closures.Enqueue((_assigned, [.. detector.ClosedByLastAssignment]));
        }

        _assigned++;
        return story;
    }

    /// <summary>The second half: counts the document, which was assigned story <paramref name="storyId"/>.
    /// Documents are counted in input order, one at a time; this may run on another thread than
    /// <see cref="AssignStory"/>, a few documents behind it.</summary>
    public void Count(PreparedDocument document, string storyId)
    {
        ArgumentNullException.ThrowIfNull(document);
        _counter.Add(document.Counts, storyId);
        _counted++;
        while (_closures.TryPeek(out var closure) && closure.AfterDocument < _counted && _closures.TryDequeue(out _))
        {
            _counter.StoriesClosed(closure.Stories);
        }
    }

    /// <summary>The passages behind the ties of a document added with story <paramref name="storyId"/>.</summary>
    public IEnumerable<TieEvidence> Evidence(ExtractedDocument document, string storyId) => _evidence.Find(document, storyId);

    /// <summary>The counts of every document added so far.</summary>
    public CooccurrenceCounts Complete() => _counter.Complete();

    /// <summary>
    /// Ends story assignment: the stories of every document assigned, and the detector let go (its open
    /// profiles and candidate index are a fair share of a large run's memory). Documents can still be
    /// counted, in the order they were assigned; none can be assigned any more.
    /// </summary>
    public IReadOnlyList<Story> CloseStories()
    {
        _finishedStories ??= Detector.Stories;
        _stories = null;
        return _finishedStories;
    }

    /// <summary>
    /// Ends the stream: the counts and stories of every document added, with the running totals released
    /// as the counts are built, so that the end of a run over a large corpus does not hold the totals and
    /// the rows at once. Nothing can be added or counted afterwards. The rows are built on
    /// <paramref name="threads"/> threads (the machine's cores when null).
    /// </summary>
    /// <exception cref="InvalidOperationException">The accumulator was already finished.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than one.</exception>
    public (CooccurrenceCounts Counts, IReadOnlyList<Story> Stories) Finish(int? threads = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads ?? 1, 1, nameof(threads));
        var stories = CloseStories();
        return (_counter.Complete(release: true, threads), stories);
    }

    private StoryDetector Detector => _stories ?? throw new InvalidOperationException("The accumulator was finished: it takes no more documents.");
}
