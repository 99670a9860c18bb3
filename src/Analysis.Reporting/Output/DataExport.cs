using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.IO;

namespace Analysis.Reporting.Output;

/// <summary>
/// Writes the corpus tables of the data contract, <c>documents.csv</c> and <c>ingest.csv</c>, while the
/// loader streams: each row is written as its document is produced and nothing is kept in memory. Both
/// files appear only when the whole corpus has been read; a failed or cancelled run leaves the previous
/// files as they were.
/// </summary>
public static class CorpusExport
{
    /// <summary>Streams <paramref name="results"/> into the two CSV files and counts what happened.</summary>
    /// <exception cref="OutputException">A file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static IngestSummary Write(
        IEnumerable<IngestResult> results,
        OutputFolder output,
        IProgress<IngestRecord>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var summary = new IngestSummary
        {
            DocumentsFile = output.DataFile("documents.csv"),
            IngestFile = output.DataFile("ingest.csv"),
        };
        foreach (var path in new[] { summary.DocumentsFile, summary.IngestFile }.Where(Directory.Exists))
        {
            throw new OutputException($"Cannot write '{path}': a folder of that name is in the way.");
        }

        try
        {
            using var documentsFile = AtomicFile.Create(summary.DocumentsFile);
            using var ingestFile = AtomicFile.Create(summary.IngestFile);
            using (var documents = new CsvTableWriter<Document>(CorpusTables.Documents, documentsFile.Writer))
            using (var ingest = new CsvTableWriter<IngestRecord>(CorpusTables.Ingest, ingestFile.Writer))
            {
                foreach (var result in results)
                {
                    cancellation.ThrowIfCancellationRequested();
                    ingest.Write(result.Record);
                    if (result.Document is not null)
                    {
                        documents.Write(result.Document);
                    }

                    summary.Add(result.Record);
                    progress?.Report(result.Record);
                }
            }

            documentsFile.Commit();
            ingestFile.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"Cannot write to '{output.DataFolder}': {ex.Message}", ex);
        }

        return summary;
    }
}
