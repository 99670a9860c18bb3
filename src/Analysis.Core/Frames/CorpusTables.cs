using Analysis.Core.Corpus;

namespace Analysis.Core.Frames;

/// <summary>The tables of the data contract that describe the corpus: documents and the ingest report.</summary>
public static class CorpusTables
{
    /// <summary><c>documents.csv</c>: one row per loaded document.</summary>
    public static Table<Document> Documents { get; } = new(
        "documents",
        TableColumn.Key<Document>("doc_id", d => d.Id),
        TableColumn.Text<Document>("file", d => d.File),
        TableColumn.Text<Document>("title", d => d.Title),
        TableColumn.Text<Document>("outlet", d => d.Outlet),
        TableColumn.Text<Document>("author", d => d.Author),
        TableColumn.Text<Document>("date", d => d.Date.Value.ToString()),
        TableColumn.Text<Document>("date_precision", d => EnumText.Lower(d.Date.Precision)),
        TableColumn.Text<Document>("language", d => d.Language),
        TableColumn.Key<Document>("story_id", d => d.StoryId),
        TableColumn.Count<Document>("chars", d => d.Chars));

    /// <summary><c>ingest.csv</c>: one row per input file or article, with its fate.</summary>
    public static Table<IngestRecord> Ingest { get; } = new(
        "ingest",
        TableColumn.Text<IngestRecord>("file", r => r.File),
        TableColumn.Text<IngestRecord>("status", r => r.StatusName),
        TableColumn.Text<IngestRecord>("reason", r => r.Reason),
        TableColumn.Key<IngestRecord>("doc_id", r => r.DocId));

    /// <summary>Articles per outlet and how precisely they are dated.</summary>
    public static Table<OutletSummary> Outlets { get; } = new(
        "outlets",
        TableColumn.Text<OutletSummary>("outlet", o => o.Outlet),
        TableColumn.Count<OutletSummary>("articles", o => o.Articles),
        TableColumn.Count<OutletSummary>("day", o => o.DayDated),
        TableColumn.Count<OutletSummary>("month", o => o.MonthDated),
        TableColumn.Count<OutletSummary>("year", o => o.YearDated),
        TableColumn.Count<OutletSummary>("undated", o => o.Undated),
        TableColumn.Text<OutletSummary>("first_date", o => o.First.ToString()),
        TableColumn.Text<OutletSummary>("last_date", o => o.Last.ToString()));

    /// <summary>Segments with their classification and the rule behind it, for review.</summary>
    public static Table<DocumentSegment> Segments { get; } = new(
        "segments",
        TableColumn.Key<DocumentSegment>("doc_id", s => s.Document.Id),
        TableColumn.Text<DocumentSegment>("kind", s => EnumText.Lower(s.Segment.Kind)),
        TableColumn.Text<DocumentSegment>("rule", s => s.Segment.Rule),
        TableColumn.Count<DocumentSegment>("start", s => s.Segment.Span.Start),
        TableColumn.Count<DocumentSegment>("end", s => s.Segment.Span.End),
        TableColumn.Text<DocumentSegment>("text", s => s.Text));

    /// <summary>The documents as a DataFrame with the columns of <c>documents.csv</c>.</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(this IEnumerable<Document> documents) => Documents.ToDataFrame(documents);

    /// <summary>Outlets as a DataFrame: articles and how they are dated.</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(this IEnumerable<OutletSummary> outlets) => Outlets.ToDataFrame(outlets);

    /// <summary>Segments as a DataFrame: document, kind, rule, offsets, text.</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(this IEnumerable<DocumentSegment> segments) => Segments.ToDataFrame(segments);

    /// <summary>The ingest report as a DataFrame with the columns of <c>ingest.csv</c>.</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(this IEnumerable<IngestRecord> records) => Ingest.ToDataFrame(records);
}
