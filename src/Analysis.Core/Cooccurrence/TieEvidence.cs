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
/// <param name="Span">Where the passage lies in the article's text, from the first sentence quoted to the last.</param>
/// <param name="Text">The passage. An article-level passage is the article's sentences within the span (page
/// furniture between them left out), shortened to the first and last around " […] " when long.</param>
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
