using System.Globalization;
using Analysis.Core.Corpus;
using Analysis.Briefing;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;
using Microsoft.Data.Analysis;

namespace Analysis.Briefing.Tests;

/// <summary>
/// The briefing and <c>extract</c> on the seeds: what <c>--from</c>/<c>--to</c> and <c>--window</c> change in
/// the data, what <c>extract</c> leaves out, and what the summary says about the PDF.
/// </summary>
public sealed class BriefingCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-command-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string OutFolder => Path.Combine(_root, "out");

    [Fact]
    public void Run_CountsOnlyTheArticlesOfTheDateRange_WhenFromAndToAreMonths()
    {
        var (code, stdout, _) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--from", "2023-09", "--to", "2023-12");

        Assert.Equal(0, code);
        // Of the seeds, only 001 (10 November 2023) lies between 1 September and 31 December 2023;
        // 000 is of August 2023, 002, 003 and 004 of November 2024.
        Assert.Equal(["2023-11", "all"], Column("cooccurrence.csv", "period"));
        Assert.Equal(["2023-11", "all"], Column("network.csv", "period"));
        // The whole-corpus figures are of that article alone: Mali and Niger, named together in 000, 002,
        // 003 and 004 but not in 001, are not a tie.
        Assert.DoesNotContain(Rows("cooccurrence.csv"), r => r.StartsWith("all,Mali,Niger,", StringComparison.Ordinal));
        Assert.Contains(Rows("cooccurrence.csv"), r => r.StartsWith("all,Kassoum Coulibaly,Sergueï Choïgou,document,1,1,1,", StringComparison.Ordinal));
        // Every article is still listed.
        Assert.Equal(5, Rows("documents.csv").Count);
        Assert.Contains("; 4 articles outside --from/--to (listed, not counted)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WritesTheDataFiles_ButNoChartsAndNoBriefing()
    {
        var (code, stdout, stderr) = Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", OutFolder);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Equal(
            DataExport.FileNames.Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(OutFolder, "data")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["data"], Directory.GetFileSystemEntries(OutFolder).Select(Path.GetFileName));
        Assert.DoesNotContain("charts", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(".pdf", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TakesTheSharedOptions_LikeTheBriefing()
    {
        var (code, _, _) = Runner.Run("extract", "-c", RepositoryPaths.Seeds, "-o", OutFolder, "--period", "year", "--min-support", "2", "--from", "2024");

        Assert.Equal(0, code);
        Assert.Equal(["2024", "all"], Column("cooccurrence.csv", "period"));
        Assert.All(Rows("cooccurrence.csv"), r => Assert.True(int.Parse(r.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture) >= 2, r));
    }

    [Fact]
    public void Run_TiesOnlyActorsOfOneSentence_WhenTheWindowIsSentence()
    {
        // 001 names Ibrahim Traoré in its last paragraph, in a sentence naming no other actor: he shares the
        // article with nine actors (Shoigu, Simporé, Coulibaly, …) but no sentence with any of them.
        var document = Path.Combine(_root, "document");
        var sentence = Path.Combine(_root, "sentence");
        Assert.Equal(0, Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", document).Code);
        Assert.Equal(0, Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", sentence, "--window", "sentence").Code);

        Assert.Equal("9", Degree(document, "2023-11", "Ibrahim Traoré"));
        Assert.Equal("0", Degree(sentence, "2023-11", "Ibrahim Traoré"));
        // Simporé and Marizamunda are named in one sentence of 001: a tie in both windows.
        Assert.NotEqual("0", Degree(sentence, "2023-11", "Juvenal Marizamunda"));
    }

    [Fact]
    public void Run_FailsWithExitCode1AndTheClosestNames_WhenTheFocusActorIsUnknown()
    {
        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--focus", "Assimi Goyta");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: no actor named 'Assimi Goyta' in this corpus; the closest names are ", line, StringComparison.Ordinal);
        Assert.Contains("'Assimi Goïta'", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, "(12 pages)")]
    [InlineData(1, "(1 page)")]
    public void Print_NamesThePdfAndItsPageCount_WhenABriefingWasWritten(int pages, string count)
    {
        var pdf = Path.Combine(_root, BriefingPipeline.PdfName);
        using var output = new StringWriter();

        new RunSummary(output).Print(RepositoryPaths.Seeds, new BriefingOutcome(new ExportSummary(), pdf, pages));

        Assert.Contains($"\nWrote    {pdf} {count}\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_NamesNoPdf_WhenOnlyTheDataWasWritten()
    {
        using var output = new StringWriter();

        new RunSummary(output).Print(RepositoryPaths.Seeds, new BriefingOutcome(new ExportSummary(), null, 0));

        Assert.StartsWith("Read     ", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pdf", output.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Print_GroupsTheThousandsOfItsCounts()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            // The counts of the 100k generated corpus, which the summary printed as "3328879 mentions".
            var summary = new ExportSummary { Mentions = 3_328_879, Stories = 93_084, Ties = 203_022 };
            for (var i = 0; i < 1_200; i++)
            {
                summary.Add(new IngestRecord($"{i}.txt", IngestStatus.Loaded, string.Empty, i.ToString(CultureInfo.InvariantCulture)));
            }

            using var output = new StringWriter();
            new RunSummary(output).Print(RepositoryPaths.Seeds, new BriefingOutcome(summary, null, 0));

            Assert.Contains("Loaded   1,200 articles, 0 duplicates, 0 skipped", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("3,328,879 mentions", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Linked   93,084 stories, 203,022 pairs", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private List<string> Rows(string file) => [.. File.ReadAllLines(Path.Combine(OutFolder, "data", file)).Skip(1)];

    private List<string> Column(string file, string name) => [.. Frame(Path.Combine(OutFolder, "data", file)).Rows.Select(r => (string)r[name]).Distinct().Order(StringComparer.Ordinal)];

    private static string Degree(string outFolder, string period, string actor) =>
        (string)Frame(Path.Combine(outFolder, "data", "network.csv")).Rows.Single(r => (string)r["period"] == period && (string)r["actor"] == actor)["degree"];

    private static DataFrame Frame(string path) =>
        DataFrame.LoadCsv(path, dataTypes: [.. Enumerable.Repeat(typeof(string), File.ReadLines(path).First().Split(',').Length)]);
}
