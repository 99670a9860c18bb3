using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;

namespace Analysis.Reporting.Output;

/// <summary>
/// Sees each input as <see cref="DataExport"/> streams it, for a consumer that needs more than the totals
/// (the briefing keeps its citations this way) without a second pass over the corpus.
/// </summary>
public interface IExportObserver
{
    /// <summary>
    /// One input: its ingest record, and for a loaded article its extraction, story and every passage
    /// behind its ties (before <see cref="EvidenceQuota"/> thins them for <c>evidence.csv</c>).
    /// </summary>
    void Observe(IngestResult result, ExtractedDocument? document, string? storyId, IReadOnlyList<TieEvidence> evidence);
}
