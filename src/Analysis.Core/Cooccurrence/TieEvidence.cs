using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// A passage that shows a tie: the sentence or paragraph in which both actors appear or, for a tie seen
/// only at article level, the shortest run of sentences joining a mention of each.
/// </summary>
/// <param name="A">The actor whose id sorts first.</param>
/// <param name="B">The other actor.</param>
/// <param name="Window">The window the passage is.</param>
/// <param name="DocumentId">The article.</param>
/// <param name="Date">The article's date.</param>
/// <param name="StoryId">The article's story.</param>
/// <param name="Span">Where the passage lies in the article's text.</param>
/// <param name="Text">The passage; a long article-level passage is shortened to its first and last sentence around " […] ".</param>
public sealed record TieEvidence(
    Actor A,
    Actor B,
    CooccurrenceWindow Window,
    string DocumentId,
    PartialDate Date,
    string StoryId,
    TextSpan Span,
    string Text)
{
    /// <summary>The pair's ids.</summary>
    public ActorPair Pair => new(A.Id, B.Id);
}
