namespace Analysis.Core.Corpus;

/// <summary>A corpus read into memory: its documents and its ingest report.</summary>
/// <param name="Folder">The corpus folder's full path.</param>
/// <param name="Documents">The loaded documents, in reading order.</param>
/// <param name="Ingest">One record per input file or article.</param>
public sealed record LoadedCorpus(string Folder, IReadOnlyList<Document> Documents, IReadOnlyList<IngestRecord> Ingest)
{
    /// <summary>How many inputs ended with <paramref name="status"/>.</summary>
    public int Count(IngestStatus status) => Ingest.Count(r => r.Status == status);

    /// <summary>Articles per outlet, with how precisely they are dated.</summary>
    public IReadOnlyList<OutletSummary> Outlets => OutletSummary.Of(Documents);

    /// <summary>Every segment of every document that is not article text (menus, related links, bylines,
    /// datelines, blurbs), with the rule that set it aside: what the cleaner removed from analysis.</summary>
    public IEnumerable<DocumentSegment> SetAside =>
        Documents.SelectMany(d => d.Segments.Where(s => !s.IsArticleText).Select(s => new DocumentSegment(d, s)));
}
