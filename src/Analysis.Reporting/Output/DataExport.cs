using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Cooccurrence.Export;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.Processing;

namespace Analysis.Reporting.Output;

/// <summary>
/// Writes the data contract's files while the loader streams: <c>ingest.csv</c>, <c>documents.csv</c> (with
/// each article's story), <c>mentions.csv</c> and <c>evidence.csv</c> (the passages of the first three
/// articles per tie and month, see <see cref="EvidenceQuota"/>) a row at a time as each document is
/// produced, then the files made from the totals: actors, stories, co-occurrence, network, changes, and
/// the network for Gephi (GEXF) and other graph tools (GraphML); then the charts (see <see cref="ChartFiles"/>) unless <see cref="ExportSettings.Charts"/> is off.
/// Only totals are kept in memory. The files
/// appear only when the whole corpus has been read; a failed or cancelled run leaves the previous files as
/// they were.
/// </summary>
public static class DataExport
{
    /// <summary>The files written, in the data folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "ingest.csv", "documents.csv", "mentions.csv", "evidence.csv", "actors.csv", "stories.csv",
        "cooccurrence.csv", "network.csv", "changes.csv", "network.gexf", "network.graphml",
    ];

    /// <summary>Streams <paramref name="results"/> through <paramref name="extractor"/> into the output files.</summary>
    /// <exception cref="OutputException">A file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ExportSummary Write(
        IEnumerable<IngestResult> results,
        OutputFolder output,
        ActorExtractor? extractor = null,
        ExportSettings? settings = null,
        IProgress<IngestRecord>? progress = null,
        IExportObserver? observer = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        extractor ??= new ActorExtractor();
        var articles = new CorpusProcessor(new CorpusLoader(), extractor).Process(results, cancellation);
        return Write(articles, output, extractor.Dictionary, settings, progress, observer, cancellation);
    }

    /// <summary>Writes <paramref name="articles"/>, processed in input order (see <see cref="CorpusProcessor"/>),
    /// into the output files; <paramref name="dictionary"/> is the one they were extracted with.</summary>
    /// <exception cref="OutputException">A file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ExportSummary Write(
        IEnumerable<ProcessedArticle> articles,
        OutputFolder output,
        ActorDictionary dictionary,
        ExportSettings? settings = null,
        IProgress<IngestRecord>? progress = null,
        IExportObserver? observer = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dictionary);
        settings ??= ExportSettings.Default;
        var summary = new ExportSummary();
        try
        {
            using var files = new StagedFiles(output);
            files.CheckFree(FileNames);
            var catalog = new ActorCatalog(dictionary);
            var cooccurrence = new CooccurrenceAccumulator(dictionary, settings.Cooccurrence);
            StreamDocuments(articles, files, settings, cooccurrence, catalog, summary, progress, observer, cancellation);
            summary.Totals = WriteTotals(files, catalog, cooccurrence, settings, summary);
            // A cancel that came while the last article or the totals were worked on must still leave the
            // earlier outputs as they were.
            cancellation.ThrowIfCancellationRequested();
            files.CommitAll();
            summary.Files = files.Paths;
            if (settings.Charts)
            {
                summary.Charts = ChartFiles.Write(output.ChartsFolder, summary.Totals.Counts, summary.Totals.Actors, settings.Network, settings.ChartWording);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"Cannot write to '{output.DataFolder}': {ex.Message}", ex);
        }

        return summary;
    }

    // The files written a row at a time, as each document comes: ingest, documents and mentions, evidence.
    // A method of its own so that what only they need (the evidence quota: a key per tie and month) is
    // gone before the totals are built.
    private static void StreamDocuments(
        IEnumerable<ProcessedArticle> articles,
        StagedFiles files,
        ExportSettings settings,
        CooccurrenceAccumulator cooccurrence,
        ActorCatalog catalog,
        ExportSummary summary,
        IProgress<IngestRecord>? progress,
        IExportObserver? observer,
        CancellationToken cancellation)
    {
        var quota = new EvidenceQuota();
        using (var ingest = new CsvTableWriter<IngestRecord>(CorpusTables.Ingest, files.Open("ingest.csv").Writer))
        using (var rows = DocumentSinks.Open(files, settings.Format)) // documents and mentions: CSV or Parquet
        using (var evidence = new CsvTableWriter<TieEvidence>(CooccurrenceTables.Evidence, files.Open("evidence.csv").Writer))
        {
            foreach (var (processed, assigned) in CooccurrenceStage.PrepareAndAssign(articles, cooccurrence, settings.Threads, cancellation))
            {
                var (result, article) = processed;
                cancellation.ThrowIfCancellationRequested();
                ingest.Write(result.Record);
                if (result.Document is null || article is not { } extracted)
                {
                    observer?.Observe(result, null, null, []);
                }
                else
                {
                    var prepared = processed.Prepared!;
                    var story = assigned!;
                    cooccurrence.Count(prepared, story);
                    rows.Write(result.Document with { StoryId = story }, extracted.Mentions);
                    catalog.Add(extracted);

                    var passages = prepared.Evidence(story).ToList();
                    foreach (var passage in passages.Where(quota.Admit))
                    {
                        evidence.Write(passage);
                    }

                    observer?.Observe(result, extracted, story, passages);

                    summary.Mentions += extracted.Mentions.Count;
                    if (result.Document.Date.Value.IsKnown && Period.Of(result.Document.Date.Value, settings.Network.Unit) is null)
                    {
                        summary.TooCoarse++;
                    }
                }

                summary.Add(result.Record);
                progress?.Report(result.Record);
            }
        }
    }

    // The files made from the totals, once every document has been read.
    private static AnalysisTotals WriteTotals(
        StagedFiles files, ActorCatalog catalog, CooccurrenceAccumulator cooccurrence, ExportSettings settings, ExportSummary summary)
    {
        var network = settings.Network;
        var actors = catalog.Summaries();
        var titles = catalog.Titles();
        // What only the stream needed (story profiles, the evidence quota) is let go before the rows are
        // built, and the running totals as they are built; each time, a large run has just dropped hundreds
        // of megabytes of long-lived objects, which the collector would otherwise leave in place while the
        // rows and changes grow the heap beside them.
        var stories = cooccurrence.CloseStories();
        ReclaimReleased();
        var (counts, _) = cooccurrence.Finish(settings.Threads);
        ReclaimReleased();
        // Each period's network, then the whole corpus's, so one file holds both views.
        var measures = NetworkMeasures.Of(
            counts, network.Unit == PeriodUnit.All ? [Period.All] : [.. counts.PeriodsOf(network.Unit), Period.All], network, settings.Threads);
        // The changes go to their file as they are found, a step at a time; the digest keeps what the
        // briefing quotes.
        var changes = new ChangeDigest();
        files.WriteAll(
        [
            ("actors.csv", writer => ActorTables.Actors.WriteCsv(actors, writer)),
            ("stories.csv", writer => CooccurrenceTables.Stories.WriteCsv(stories, writer)),
            ("cooccurrence.csv", writer => CooccurrenceTables.Cooccurrence.WriteCsv(counts.Rows, writer)),
            ("network.csv", writer => CooccurrenceTables.Network.WriteCsv(measures, writer)),
            ("changes.csv", writer => CooccurrenceTables.Changes.WriteCsv(changes.Through(ChangeDetector.Stream(counts, titles, network)), writer)),
            ("network.gexf", writer => GexfWriter.Write(counts, writer, network)),
            ("network.graphml", writer => GraphMlWriter.Write(counts, measures, writer, network)),
        ], settings.Threads);
        summary.Actors = actors.Count;
        summary.Discovered = actors.Count(a => a.Actor.Origin == ActorOrigin.Discovered);
        summary.Stories = stories.Count;
        summary.Ties = counts.RowsOf(Period.All, CooccurrenceWindow.Document).Count;
        summary.Undated = counts.Undated;
        summary.Changes = changes.Total;
        summary.ChangeUnit = network.Unit;
        return new AnalysisTotals(counts, actors, titles, measures, changes, stories, settings);
    }

    // A full blocking collection, at the two moments of a run when most of the heap has just died (the
    // case the runtime's documentation gives for inducing one); it costs a fraction of a second at 100k articles.
    private static void ReclaimReleased() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
}
