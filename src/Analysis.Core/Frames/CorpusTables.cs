using Analysis.Core.Corpus;

namespace Analysis.Core.Frames;

/// <summary>The tables of the data contract that describe the corpus: documents and the ingest report.</summary>
public static class CorpusTables
{
    /// <summary><c>documents.csv</c>: one row per loaded document.</summary>
    public static Table<Document> Documents { get; } = new(
        "documents",
        TableColumn.Key<Document>("doc_id", d => d.Id),
        TableColumn.Key<Document>("file", d => d.File),
        TableColumn.Text<Document>("title", d => d.Title),
        TableColumn.Text<Document>("outlet", d => d.Outlet),
        TableColumn.Text<Document>("author", d => d.Author),
        TableColumn.Text<Document>("date", d => d.Date.Value.ToString()),
        TableColumn.Text<Document>("date_precision", d => d.Date.Precision.ToString().ToLowerInvariant()),
        TableColumn.Text<Document>("language", d => d.Language),
        TableColumn.Key<Document>("story_id", d => d.StoryId),
        TableColumn.Count<Document>("chars", d => d.Chars));

    /// <summary><c>ingest.csv</c>: one row per input file or article, with its fate.</summary>
    public static Table<IngestRecord> Ingest { get; } = new(
        "ingest",
        TableColumn.Key<IngestRecord>("file", r => r.File),
        TableColumn.Text<IngestRecord>("status", r => r.StatusName),
        TableColumn.Text<IngestRecord>("reason", r => r.Reason),
        TableColumn.Key<IngestRecord>("doc_id", r => r.DocId));

    /// <summary>The documents as a DataFrame with the columns of <c>documents.csv</c>.</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(this IEnumerable<Document> documents) => Documents.ToDataFrame(documents);

    /// <summary>The ingest report as a DataFrame with the columns of <c>ingest.csv</c>.</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(this IEnumerable<IngestRecord> records) => Ingest.ToDataFrame(records);
}
