using Analysis.Core.Actors;
using Analysis.Core.Corpus;
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
    /// the data only.
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
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(settings);
        if (briefing is null)
        {
            var data = DataExport.Write(results, output, extractor, settings with { Charts = false }, progress, cancellation: cancellation);
            return new BriefingOutcome(data, null, 0);
        }

        // TODO(issue 6): the collector and the PDF land next; until then the briefing path writes data and charts.
        var export = DataExport.Write(results, output, extractor, settings, progress, cancellation: cancellation);
        return new BriefingOutcome(export, null, 0);
    }
}
