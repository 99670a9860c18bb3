using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Corpus.Formats;

/// <summary>An article as a format reader produced it: normalised text plus what the source said.</summary>
/// <param name="Text">Decoded, normalised text; every later offset points into it.</param>
/// <param name="Metadata">Structured fields from the source.</param>
/// <param name="Hints">Title and furniture the source marked (HTML nav/footer, front matter).</param>
/// <param name="Encoding">The encoding the bytes were decoded from.</param>
/// <param name="Notes">What decoding had to repair, for the ingest report.</param>
internal sealed record SourceArticle(
    string Text,
    SourceMetadata Metadata,
    SegmentationHints Hints,
    string Encoding,
    IReadOnlyList<string> Notes);
