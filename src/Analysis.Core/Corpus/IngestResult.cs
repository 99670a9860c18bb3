namespace Analysis.Core.Corpus;

/// <summary>What loading produced for one input: its ingest record, and the document when it was loaded.</summary>
/// <param name="Record">The ingest report's row.</param>
/// <param name="Document">The document; null unless <see cref="IngestRecord.Status"/> is <see cref="IngestStatus.Loaded"/>.</param>
public sealed record IngestResult(IngestRecord Record, Document? Document);
