namespace Analysis.Core.Corpus;

/// <summary>One row of the ingest report: every input ends in exactly one of these.</summary>
/// <param name="File">Path relative to the corpus folder (<c>/</c>-separated; <c>#n</c> for the n-th article
/// of a JSONL or JSON-array file; a trailing <c>/</c> for a folder that was not entered).</param>
/// <param name="Status">Loaded, duplicate or skipped.</param>
/// <param name="Reason">Why, in words an analyst understands; for a loaded file, what decoding had to do (often empty).</param>
/// <param name="DocId">The loaded document's id, or for a duplicate the id of the document kept; empty when skipped.</param>
public sealed record IngestRecord(string File, IngestStatus Status, string Reason, string DocId)
{
    /// <summary>The status as the data contract writes it: <c>loaded</c>, <c>duplicate</c>, <c>skipped</c>.</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();

    internal static IngestRecord Skipped(string file, string reason) => new(file, IngestStatus.Skipped, reason, string.Empty);
}
