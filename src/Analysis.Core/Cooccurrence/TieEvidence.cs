using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// A passage that shows a tie: the sentence in which both actors appear or, for a tie seen only within a
/// paragraph or an article, the run of sentences joining their nearest mentions.
/// </summary>
/// <param name="A">The actor whose id sorts first.</param>
/// <param name="B">The other actor.</param>
/// <param name="Window">The window the passage is.</param>
/// <param name="DocumentId">The article.</param>
/// <param name="Date">The article's date.</param>
/// <param name="StoryId">The article's story.</param>
/// <param name="Span">Where the passage lies in the article's text, from the first sentence quoted to the last.</param>
/// <param name="Text">The passage. For a paragraph or an article, the article's sentences within the span (page
/// furniture between them left out), shortened to the first and last around " […] " when long; so the text
/// is not always the exact slice of the span.</param>
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
