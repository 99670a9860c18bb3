using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;

namespace Analysis.Briefing;

/// <summary>The lines a finished run prints on stdout: what was read, found and linked, and every file written.</summary>
internal sealed class RunSummary(TextWriter output)
{
    /// <summary>Prints what the run on <paramref name="corpus"/> read and wrote.</summary>
    public void Print(string corpus, BriefingOutcome outcome)
    {
        var summary = outcome.Export;
        output.WriteLine($"Read     {Relative(corpus)}: {summary.Total:N0} inputs");
        output.WriteLine($"Loaded   {summary.Loaded:N0} articles, {summary.Duplicates:N0} duplicates, {summary.Skipped:N0} skipped");
        output.WriteLine($"Found    {summary.Actors:N0} actors ({summary.Discovered:N0} discovered, to review in actors.csv), {summary.Mentions:N0} mentions");
        var undated = summary.Undated == 0 ? string.Empty : $"; {Articles(summary.Undated)} without a date (in the whole-corpus figures only)";
        var coarse = summary.TooCoarse == 0 ? string.Empty : $"; {Articles(summary.TooCoarse)} dated too coarsely for {PeriodList.Plural(summary.ChangeUnit)} (in no network)";
        var outside = summary.Totals?.Counts.OutOfRange is > 0 and var count ? $"; {Articles(count)} outside --from/--to (listed, not counted)" : string.Empty;
        output.WriteLine($"Linked   {summary.Stories:N0} stories, {summary.Ties:N0} pairs of actors named in the same article, {summary.Changes:N0} changes between {PeriodList.Plural(summary.ChangeUnit)}{undated}{coarse}{outside}");
        var written = summary.Files.Select(Relative).ToList();
        if (outcome.PdfPath is { } pdf)
        {
            written.Insert(0, $"{Relative(pdf)} ({(outcome.Pages == 1 ? "1 page" : $"{outcome.Pages} pages")})");
        }

        if (summary.Charts.Count > 0)
        {
            var charts = summary.Charts.Select(Path.GetFileNameWithoutExtension).Distinct(StringComparer.Ordinal).Count();
            written.Add($"{charts} charts in {Relative(Path.GetDirectoryName(summary.Charts[0])!)}/ (PNG and SVG)");
        }

        for (var i = 0; i < written.Count; i++)
        {
            output.WriteLine((i == 0 ? "Wrote    " : "         ") + written[i]);
        }
    }

    /// <summary><paramref name="path"/> relative to the current folder when it lies below it, as given otherwise.</summary>
    public static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count:N0} articles";
}
