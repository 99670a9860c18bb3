using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Reporting.Output;

namespace Analysis.Briefing;

/// <summary>
/// One run of the runner: checks the folders, streams the corpus into the output files, prints a summary.
/// Errors a user can act on become one line on stderr and an exit code; nothing here analyses text.
/// </summary>
internal sealed class BriefingRun(TextWriter output, TextWriter error)
{
    /// <summary>How often a long run says how far it got.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

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

        if (IsSameOrInside(outFolder, corpus))
        {
            return Fail(ExitCodes.UsageError, $"the output folder '{settings.Output}' is inside the corpus folder '{settings.Corpus}'; choose another --out so outputs are never read back as articles.");
        }

        try
        {
            var dictionary = LoadDictionary(settings.Actors);
            var folder = OutputFolder.Prepare(outFolder);
            var summary = DataExport.Write(
                new CorpusLoader().Load(corpus),
                folder,
                new ActorExtractor(dictionary),
                ExportSettings.For(settings.Periods ?? [PeriodUnit.Month], settings.MinSupport),
                new ProgressLines(error, ProgressInterval),
                cancellation: cancellation);
            PrintSummary(corpus, summary);
            return summary.Loaded == 0
                ? Fail(ExitCodes.NoArticle, $"no article could be loaded from '{settings.Corpus}' ({summary.Skipped} skipped, {summary.Duplicates} duplicates); see {Relative(summary.IngestFile)} for the reasons.")
                : ExitCodes.Success;
        }
        catch (OutputException ex)
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
                ? $"'{path}' is a folder; --actors needs a YAML dictionary file"
                : $"actor dictionary '{path}' not found");
        }

        var dictionary = ActorDictionary.LoadOverDefault(path);
        foreach (var warning in dictionary.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        return dictionary;
    }

    private void PrintSummary(string corpus, ExportSummary summary)
    {
        output.WriteLine($"Read     {Relative(corpus)}: {summary.Total} inputs");
        output.WriteLine($"Loaded   {summary.Loaded} articles, {summary.Duplicates} duplicates, {summary.Skipped} skipped");
        output.WriteLine($"Found    {summary.Actors} actors ({summary.Discovered} discovered, to review in actors.csv), {summary.Mentions} mentions");
        var undated = summary.Undated == 0 ? string.Empty : $"; {Articles(summary.Undated)} without a date (in the whole-corpus figures only)";
        var coarse = summary.TooCoarse == 0 ? string.Empty : $"; {Articles(summary.TooCoarse)} dated too coarsely for {PeriodList.Plural(summary.ChangeUnit)} (in no network)";
        output.WriteLine($"Linked   {summary.Stories} stories, {summary.Ties} pairs of actors named in the same article, {summary.Changes} changes between {PeriodList.Plural(summary.ChangeUnit)}{undated}{coarse}");
        var files = summary.Files.ToList();
        output.WriteLine($"Wrote    {Relative(files[0])}");
        foreach (var file in files.Skip(1))
        {
            output.WriteLine($"         {Relative(file)}");
        }

        if (summary.Charts.Count > 0)
        {
            output.WriteLine($"         {summary.Charts.Select(Path.GetFileNameWithoutExtension).Distinct(StringComparer.Ordinal).Count()} charts in {Relative(Path.GetDirectoryName(summary.Charts[0])!)}/ (PNG and SVG)");
        }
    }

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count} articles";

    private int Fail(int code, string message)
    {
        error.WriteLine($"error: {message}");
        return code;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
