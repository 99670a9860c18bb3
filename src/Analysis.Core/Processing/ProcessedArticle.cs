using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;

namespace Analysis.Core.Processing;

/// <summary>One input's fate and, when it was loaded, its document with the actors it names.</summary>
/// <param name="Result">The ingest record, and the document when loaded.</param>
/// <param name="Extracted">The document's actor mentions, bound to the corpus's actors; null when the input was not loaded.</param>
public sealed record ProcessedArticle(IngestResult Result, ExtractedDocument? Extracted)
{
    /// <summary>What the document adds to the co-occurrence counts, worked out ahead
    /// (<see cref="CooccurrenceStage"/>); null when not loaded or not prepared.</summary>
    public PreparedDocument? Prepared { get; init; }
}
