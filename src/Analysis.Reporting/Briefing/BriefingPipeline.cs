using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Corpus;
using Analysis.Core.Processing;
using Analysis.Reporting.Output;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// The runner's main job in one call: streams the corpus into the data files and charts, and, when asked,
/// writes <c>briefing.pdf</c> beside them from the same pass.
/// </summary>
public static class BriefingPipeline
{
    /// <summary>The briefing's file name in the output folder.</summary>
    public const string PdfName = "briefing.pdf";

    /// <summary>
    /// Writes the data files of <paramref name="results"/> (and the charts when <paramref name="settings"/> ask
    /// for them), then the briefing with <paramref name="briefing"/>; a null <paramref name="briefing"/> writes
    /// the data only. The charts are in the briefing's language.
    /// </summary>
    /// <exception cref="OutputException">A file cannot be written.</exception>
    /// <exception cref="UnknownFocusException">The focus actor is not named in the corpus; the data files are written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static BriefingOutcome Run(
        IEnumerable<IngestResult> results,
        OutputFolder output,
        ActorExtractor extractor,
        ExportSettings settings,
        BriefingOptions? briefing,
        IProgress<IngestRecord>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(extractor);
        var articles = new CorpusProcessor(new CorpusLoader(), extractor).Process(results, cancellation);
        return Run(articles, output, extractor.Dictionary, settings, briefing, progress, cancellation);
    }

    /// <summary>
    /// Writes the data files of <paramref name="articles"/>, processed in input order with
    /// <paramref name="dictionary"/> (see <see cref="CorpusProcessor"/>), then the briefing as
    /// <see cref="Run(IEnumerable{IngestResult}, OutputFolder, ActorExtractor, ExportSettings, BriefingOptions?, IProgress{IngestRecord}?, CancellationToken)"/> does.
    /// </summary>
    /// <exception cref="OutputException">A file cannot be written.</exception>
    /// <exception cref="UnknownFocusException">The focus actor is not named in the corpus; the data files are written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static BriefingOutcome Run(
        IEnumerable<ProcessedArticle> articles,
        OutputFolder output,
        ActorDictionary dictionary,
        ExportSettings settings,
        BriefingOptions? briefing,
        IProgress<IngestRecord>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(settings);
        if (briefing is null)
        {
            var extracted = DataExport.Write(articles, output, dictionary, settings with { Charts = false }, progress, cancellation: cancellation);
            return new BriefingOutcome(extracted, null, 0);
        }

        // The charts written beside the briefing speak its language.
        settings = settings with { ChartWording = BriefingStrings.For(briefing.Language).Charts };
        using var collector = new BriefingCollector(dictionary, settings, briefing.Focus);
        var export = DataExport.Write(articles, output, dictionary, settings, progress, collector, cancellation);
        var totals = export.Totals ?? throw new InvalidOperationException("The export finished without its totals.");
        var path = Path.Combine(output.Root, PdfName);
        int pages;
        try
        {
            if (export.Loaded == 0)
            {
                // Nothing to brief on; the runner says so and points at ingest.csv.
                RemoveStale(path);
                return new BriefingOutcome(export, null, 0);
            }

            var focus = collector.FocusCounts(totals.Actors);
            var data = new BriefingData(totals, export, collector, focus, briefing.CorpusName);
            pages = BriefingDocument.Write(data, dictionary, path, briefing);
        }
        catch (Exception ex) when (ex is UnknownFocusException or Layout.LayoutException)
        {
            RemoveStale(path);
            throw;
        }

        return new BriefingOutcome(export, path, pages);
    }

    // A briefing of an earlier run beside this run's data would contradict it: it goes when no new one comes.
    private static void RemoveStale(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
