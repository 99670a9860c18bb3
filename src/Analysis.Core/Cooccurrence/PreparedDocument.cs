using Analysis.Core.Actors;
using Analysis.Core.Stories;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// An extracted document with what it will add to the co-occurrence counts, worked out ahead by
/// <see cref="CooccurrenceAccumulator.Prepare"/> (on any thread) so that adding it in order is quick.
/// </summary>
public sealed class PreparedDocument
{
    // Found before the document had a story; stamped with it when asked for.
    private readonly IReadOnlyList<TieEvidence> _evidence;

    internal PreparedDocument(ExtractedDocument document, DocumentFeatures features, CooccurrenceCounter.DocumentCounts counts, IReadOnlyList<TieEvidence> evidence)
    {
        Document = document;
        Features = features;
        Counts = counts;
        _evidence = evidence;
    }

    /// <summary>The document.</summary>
    public ExtractedDocument Document { get; }

    /// <summary>What story detection compares.</summary>
    internal DocumentFeatures Features { get; }

    /// <summary>Its tallies, per window.</summary>
    internal CooccurrenceCounter.DocumentCounts Counts { get; }

    /// <summary>The passages behind its ties, in the story <paramref name="storyId"/> it was added to.</summary>
    public IEnumerable<TieEvidence> Evidence(string storyId) => _evidence.Select(passage => passage with { StoryId = storyId });
}
