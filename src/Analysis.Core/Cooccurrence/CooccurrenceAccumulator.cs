using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Stories;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Takes extracted documents one at a time, as the runner streams them: assigns each its story, counts
/// its ties and finds their evidence. The notebook entry point (<see cref="CooccurrenceAnalysis"/>) goes
/// through this same class, so both give the same figures.
/// </summary>
public sealed class CooccurrenceAccumulator
{
    private readonly StoryDetector _stories;
    private readonly CooccurrenceCounter _counter;
    private readonly EvidenceFinder _evidence;

    /// <summary>Creates a stream that counts with <paramref name="options"/> and groups stories with <paramref name="storyOptions"/>.</summary>
    public CooccurrenceAccumulator(ActorDictionary dictionary, CooccurrenceOptions? options = null, StoryOptions? storyOptions = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _stories = new StoryDetector(storyOptions);
        _counter = new CooccurrenceCounter(dictionary, options);
        _evidence = new EvidenceFinder(dictionary, options);
    }

    /// <summary>The stories so far.</summary>
    public IReadOnlyList<Story> Stories => _stories.Stories;

    /// <summary>Assigns the document its story, counts it, and returns the story id.</summary>
    public string Add(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var story = _stories.Assign(document);
        _counter.Add(document, story);
        return story;
    }

    /// <summary>The passages behind the ties of a document added with story <paramref name="storyId"/>.</summary>
    public IEnumerable<TieEvidence> Evidence(ExtractedDocument document, string storyId) => _evidence.Find(document, storyId);

    /// <summary>The counts of every document added so far.</summary>
    public CooccurrenceCounts Complete() => _counter.Complete();
}
