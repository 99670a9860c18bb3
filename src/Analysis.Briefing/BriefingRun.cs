using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Core.Processing;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;

namespace Analysis.Briefing;

/// <summary>
/// One run of the runner: checks the folders, hands the corpus to <see cref="BriefingPipeline"/>, prints a
/// summary. Errors a user can act on become one line on stderr and an exit code; nothing here analyses text.
/// </summary>
/// <param name="output">Where the summary goes (stdout).</param>
/// <param name="error">Where errors, warnings and progress go (stderr).</param>
/// <param name="progress">How progress is shown; null for plain lines on <paramref name="error"/>.</param>
internal sealed class BriefingRun(TextWriter output, TextWriter error, ProgressDisplay? progress = null)
{
    /// <summary>Runs <paramref name="settings"/> and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public int Execute(RunSettings settings, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(settings.Corpus) || string.IsNullOrWhiteSpace(settings.Output))
        {
            return Fail(ExitCodes.UsageError, string.IsNullOrWhiteSpace(settings.Corpus) ? "--corpus needs a folder name." : "--out needs a folder name.");
        }

        var corpus = Path.GetFullPath(settings.Corpus);
        var outFolder = Path.GetFullPath(settings.Output);
        if (!Directory.Exists(corpus))
        {
            return Fail(ExitCodes.UsageError, File.Exists(corpus)
                ? $"'{settings.Corpus}' is a file; --corpus needs a folder of articles."
                : $"corpus folder '{settings.Corpus}' not found. Pass --corpus DIR (run from the project folder to use seeds/).");
        }

        if (CheckFolders(corpus, outFolder, settings) is { } problem)
        {
            return Fail(ExitCodes.UsageError, problem);
        }

        try
        {
            var dictionary = LoadDictionary(settings.Actors);
            var folder = OutputFolder.Prepare(outFolder);
            var export = ExportSettings.For(settings.Periods ?? [PeriodUnit.Month], settings.MinSupport, settings.Window, settings.From, settings.To) with { Threads = settings.Threads, Format = settings.Format };
            var articles = new CorpusProcessor(new CorpusLoader(), new ActorExtractor(dictionary), settings.Threads).Process(corpus, cancellation);
            var outcome = (progress ?? ProgressDisplay.Plain(error)).Run(reporter => BriefingPipeline.Run(
                articles,
                folder,
                dictionary,
                export,
                settings.Briefing is null ? null : settings.Briefing with { CorpusName = Path.GetFileName(corpus), Generated = settings.Briefing.Generated ?? ReproducibleDate() },
                reporter,
                cancellation));
            new RunSummary(output).Print(corpus, outcome);
            var summary = outcome.Export;
            return summary.Loaded == 0
                ? Fail(ExitCodes.NoArticle, $"no article could be loaded from '{settings.Corpus}' ({summary.Skipped} skipped, {summary.Duplicates} duplicates); see {RunSummary.Relative(summary.IngestFile)} for the reasons.")
                : ExitCodes.Success;
        }
        catch (OutputException ex)
        {
            return Fail(ExitCodes.OutputNotWritable, ex.Message);
        }
        catch (TemporaryStorageException ex)
        {
            return Fail(ExitCodes.OutputNotWritable, ex.Message);
        }
        catch (CorpusException ex)
        {
            return Fail(ExitCodes.UsageError, ex.Message);
        }
        catch (ActorDictionaryException ex)
        {
            return Fail(ExitCodes.UsageError, ex.Message);
        }
        catch (UnknownFocusException ex)
        {
            return Fail(ExitCodes.UsageError, ex.Message);
        }
        catch (OperationCanceledException)
        {
            return Fail(ExitCodes.Cancelled, "cancelled; the previous output files, if any, are unchanged.");
        }
#pragma warning disable CA1031 // The last line of defence: a defect gets one readable line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (Environment.GetEnvironmentVariable("BRIEFING_DEBUG") == "1")
            {
                error.WriteLine(ex);
            }

            return Fail(ExitCodes.InternalError, $"unexpected {ex.GetType().Name}: {ex.Message} (a defect in the tool: please report it with the command you ran; set BRIEFING_DEBUG=1 for details)");
        }
    }

    // Where the run writes must not meet what it reads, whichever way links lead: the output folder and the
    // folders the run writes into (data/ and charts/, which may already exist as links) stay out of the
    // corpus, and the corpus out of them.
    private static string? CheckFolders(string corpus, string outFolder, RunSettings settings)
    {
        try
        {
            if (RealPath.IsSameOrInside(outFolder, corpus))
            {
                return $"the output folder '{settings.Output}' is inside the corpus folder '{settings.Corpus}'; choose another --out so outputs are never read back as articles.";
            }

            foreach (var written in OutputFolder.Layout(outFolder))
            {
                if (RealPath.IsSameOrInside(written, corpus))
                {
                    return $"'{written}', where the run writes its outputs, leads into the corpus folder '{settings.Corpus}'; remove the link or choose another --out.";
                }

                if (RealPath.IsSameOrInside(corpus, written))
                {
                    return $"the corpus folder '{settings.Corpus}' is inside '{written}', where the run writes its outputs; move the articles or choose another --out.";
                }
            }

            return null;
        }
        catch (IOException ex)
        {
            return $"cannot tell where --corpus and --out lead: {ex.Message}";
        }
    }

    // SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the briefing's date: same corpus, same bytes.
    private static DateTimeOffset? ReproducibleDate() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    // The built-in dictionary, extended by the user's file; its warnings are printed, never swallowed.
    private ActorDictionary LoadDictionary(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return ActorDictionary.Default;
        }

        if (!File.Exists(path))
        {
            throw new ActorDictionaryException(Directory.Exists(path)
                ? $"'{path}' is a folder; --actors needs a dictionary file (YAML, CSV or TSV)"
                : $"actor dictionary '{path}' not found");
        }

        var dictionary = ActorDictionary.LoadOverDefault(path);
        foreach (var warning in dictionary.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        return dictionary;
    }

    private int Fail(int code, string message)
    {
        error.WriteLine($"error: {message}");
        return code;
    }
}
