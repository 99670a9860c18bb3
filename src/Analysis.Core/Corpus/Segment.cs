using Analysis.Core.Text;

namespace Analysis.Core.Corpus;

/// <summary>
/// A classified stretch of a document's text (one line or part of one). Boilerplate is marked, not
/// removed: its text stays in the document and its offsets stay valid.
/// </summary>
/// <param name="Span">Where the segment lies in the document's text.</param>
/// <param name="Kind">What the segment is.</param>
/// <param name="Rule">Why it was classified so (a rule name such as <c>related-link</c>), for review.</param>
public readonly record struct Segment(TextSpan Span, SegmentKind Kind, string Rule)
{
    /// <summary>True for the parts of the text that analysis reads: the title and the article prose.</summary>
    public bool IsArticleText => Kind is SegmentKind.Content or SegmentKind.Title;
}
