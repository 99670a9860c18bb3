namespace Analysis.Core.Corpus;

/// <summary>A segment with the document it belongs to: a row of the segments table, to review what the
/// cleaner kept as article text and what it set aside as page furniture, and why.</summary>
/// <param name="Document">The document.</param>
/// <param name="Segment">The segment.</param>
public sealed record DocumentSegment(Document Document, Segment Segment)
{
    /// <summary>The segment's text.</summary>
    public string Text => Document.TextOf(Segment);
}
