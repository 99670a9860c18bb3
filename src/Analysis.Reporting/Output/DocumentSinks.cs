using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;

namespace Analysis.Reporting.Output;

/// <summary>
/// Opens the sink of documents and mentions for a <see cref="DataFormat"/>. A run writes one format and
/// removes, when it commits, the other format's files of an earlier run (<c>documents.csv</c> and
/// <c>mentions.csv</c> after a Parquet run, the <c>documents/</c> and <c>mentions/</c> folders after a CSV
/// run), so the data folder never holds two versions of a table that contradict each other.
/// </summary>
internal static class DocumentSinks
{
    /// <summary>The CSV files.</summary>
    public static IReadOnlyList<string> CsvFiles { get; } = ["documents.csv", "mentions.csv"];

    /// <summary>The Parquet folders.</summary>
    public static IReadOnlyList<string> ParquetFolders { get; } = [CorpusTables.Documents.Name, ActorTables.Mentions.Name];

    /// <summary>Opens the sink of <paramref name="format"/> on the run's staged files.</summary>
    /// <exception cref="OutputException">A file or folder is in the way.</exception>
    public static IDocumentSink Open(StagedFiles files, DataFormat format)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (written, stale) = format == DataFormat.Parquet ? (ParquetFolders, CsvFiles) : (CsvFiles, ParquetFolders);
        foreach (var name in stale)
        {
            files.RemoveOnCommit(name);
        }

        return format == DataFormat.Parquet
            ? new ParquetDocumentSink(files.OpenFolder(written[0]).TemporaryPath, files.OpenFolder(written[1]).TemporaryPath)
            : new CsvDocumentSink(files.Open(written[0]).Writer, files.Open(written[1]).Writer);
    }

    /// <summary><c>documents.csv</c> and <c>mentions.csv</c>, a row at a time.</summary>
    private sealed class CsvDocumentSink(TextWriter documents, TextWriter mentions) : IDocumentSink
    {
        private readonly CsvTableWriter<Document> _documents = new(CorpusTables.Documents, documents);
        private readonly CsvTableWriter<Mention> _mentions = new(ActorTables.Mentions, mentions);

        public void Write(Document document, IReadOnlyList<Mention> mentions)
        {
            ArgumentNullException.ThrowIfNull(mentions);
            _documents.Write(document);
            foreach (var mention in mentions)
            {
                _mentions.Write(mention);
            }
        }

        public void Dispose()
        {
            _documents.Dispose();
            _mentions.Dispose();
        }
    }
}
