using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.IO;

namespace Analysis.Reporting.Output;

/// <summary>
/// Writes the data contract's files while the loader streams: <c>documents.csv</c>, <c>ingest.csv</c> and
/// <c>mentions.csv</c> a row at a time as each document is produced and extracted, then <c>actors.csv</c>
/// from the per-actor totals. Only the totals are kept in memory. The files appear only when the whole
/// corpus has been read; a failed or cancelled run leaves the previous files as they were.
/// </summary>
public static class DataExport
{
    /// <summary>Streams <paramref name="results"/> through <paramref name="extractor"/> into the CSV files.</summary>
    /// <exception cref="OutputException">A file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ExportSummary Write(
        IEnumerable<IngestResult> results,
        OutputFolder output,
        ActorExtractor? extractor = null,
        IProgress<IngestRecord>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        extractor ??= new ActorExtractor();
        var summary = new ExportSummary
        {
            DocumentsFile = output.DataFile("documents.csv"),
            IngestFile = output.DataFile("ingest.csv"),
            MentionsFile = output.DataFile("mentions.csv"),
            ActorsFile = output.DataFile("actors.csv"),
        };
        foreach (var path in summary.Files.Where(Directory.Exists))
        {
            throw new OutputException($"Cannot write '{path}': a folder of that name is in the way.");
        }

        try
        {
            using var documentsFile = AtomicFile.Create(summary.DocumentsFile);
            using var ingestFile = AtomicFile.Create(summary.IngestFile);
            using var mentionsFile = AtomicFile.Create(summary.MentionsFile);
            using var actorsFile = AtomicFile.Create(summary.ActorsFile);
            var catalog = new ActorCatalog(extractor.Dictionary);
            using (var documents = new CsvTableWriter<Document>(CorpusTables.Documents, documentsFile.Writer))
            using (var ingest = new CsvTableWriter<IngestRecord>(CorpusTables.Ingest, ingestFile.Writer))
            using (var mentions = new CsvTableWriter<Mention>(ActorTables.Mentions, mentionsFile.Writer))
            {
                foreach (var result in results)
                {
                    cancellation.ThrowIfCancellationRequested();
                    ingest.Write(result.Record);
                    if (result.Document is not null)
                    {
                        documents.Write(result.Document);
                        var extracted = extractor.Extract(result.Document);
                        catalog.Add(extracted);
                        foreach (var mention in extracted.Mentions)
                        {
                            mentions.Write(mention);
                        }

                        summary.Mentions += extracted.Mentions.Count;
                    }

                    summary.Add(result.Record);
                    progress?.Report(result.Record);
                }
            }

            var actors = catalog.Summaries();
            ActorTables.Actors.WriteCsv(actors, actorsFile.Writer);
            summary.Actors = actors.Count;
            summary.Discovered = actors.Count(a => a.Actor.Origin == ActorOrigin.Discovered);
            documentsFile.Commit();
            ingestFile.Commit();
            mentionsFile.Commit();
            actorsFile.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"Cannot write to '{output.DataFolder}': {ex.Message}", ex);
        }

        return summary;
    }
}
