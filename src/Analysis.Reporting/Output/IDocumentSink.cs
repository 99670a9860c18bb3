using Analysis.Core.Actors;
using Analysis.Core.Corpus;

namespace Analysis.Reporting.Output;

/// <summary>
/// Where the export streams each article's row of <c>documents</c> and its rows of <c>mentions</c>, in the
/// order it produces them. Disposing completes the table (flushes, closes files); the files appear only when
/// the run's <see cref="StagedFiles"/> are committed. See <see cref="DocumentSinks"/> for the formats.
/// </summary>
internal interface IDocumentSink : IDisposable
{
    /// <summary>Writes one article (with its story) and its mentions.</summary>
    void Write(Document document, IReadOnlyList<Mention> mentions);
}
