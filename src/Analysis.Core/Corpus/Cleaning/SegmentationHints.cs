using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>What the source already tells the segmenter about a page.</summary>
/// <param name="KnownTitle">The headline from structured metadata (news-please <c>title</c>, HTML og:title), if any.</param>
/// <param name="Boilerplate">Spans the source marked as furniture (an HTML nav, footer or aside), with the rule to record.</param>
public sealed record SegmentationHints(string? KnownTitle, IReadOnlyList<MarkedSpan> Boilerplate)
{
    /// <summary>No hints: plain text.</summary>
    public static SegmentationHints None { get; } = new(null, []);
}

/// <summary>A span the source marked, and why.</summary>
/// <param name="Span">Where it lies in the text.</param>
/// <param name="Reason">A short reason, such as <c>nav</c> or <c>outside-article</c>.</param>
public readonly record struct MarkedSpan(TextSpan Span, string Reason);
