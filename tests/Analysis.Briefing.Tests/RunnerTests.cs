using Microsoft.Data.Analysis;
using Analysis.Briefing;
using Analysis.Core.IO;

namespace Analysis.Briefing.Tests;

/// <summary>The runner as a user meets it: arguments in, files, messages and exit codes out.</summary>
public sealed class RunnerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "runner-tests-" + Guid.NewGuid().ToString("N"));

    public RunnerTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Seeds => RepositoryPaths.Seeds;

    [Fact]
    public void Run_WritesDocumentsAndIngestCsv_ForTheSeeds()
    {
        var outFolder = Path.Combine(_root, "out");
        var (code, stdout, stderr) = Runner.Run("--corpus", Seeds, "--out", outFolder);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("Loaded   5 articles, 0 duplicates, 1 skipped", stdout, StringComparison.Ordinal);
        // Read back as another tool would: a CSV reader, every column as text.
        var documents = DataFrame.LoadCsv(Path.Combine(outFolder, "data", "documents.csv"), dataTypes: [.. Enumerable.Repeat(typeof(string), 10)]);
        Assert.Equal(5, documents.Rows.Count);
        var dates = documents.Rows.Select(r => ((string)r["file"], (string)r["date"], (string)r["date_precision"])).Order().ToList();
        Assert.Equal(
            [
                ("000_c1e3766a04237750.txt", "2023-08-29", "day"),
                ("001_2e75ee6bc883b52c.txt", "2023-11-10", "day"),
                ("002_0cad8b8145b2c616.txt", "2024-11-06", "day"),
                ("003_f5d1b37d16975e7c.txt", "2024-11-06", "day"),
                ("004_77d6c83b56ae88aa.txt", "2024-11", "month"),
            ],
            dates);
        Assert.Equal(6, DataFrame.LoadCsv(Path.Combine(outFolder, "data", "ingest.csv"), dataTypes: [.. Enumerable.Repeat(typeof(string), 4)]).Rows.Count);
    }

    [Fact]
    public void Run_FailsWithOneLineAndExitCode1_WhenTheCorpusFolderIsMissing()
    {
        var (code, stdout, stderr) = Runner.Run("--corpus", Path.Combine(_root, "nowhere"), "--out", Path.Combine(_root, "out"));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal($"error: corpus folder '{Path.Combine(_root, "nowhere")}' not found. Pass --corpus DIR (run from the project folder to use seeds/).", stderr.TrimEnd());
    }

    [Fact]
    public void Run_FailsWithExitCode1_WhenTheOutputFolderIsInsideTheCorpus()
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        var (code, _, stderr) = Runner.Run("--corpus", corpus, "--out", Path.Combine(corpus, "reports"));

        Assert.Equal(1, code);
        Assert.Contains("inside the corpus folder", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(corpus, "reports")));
    }

    [Fact]
    public void Run_FailsWithExitCode3_WhenTheOutputCannotBeWritten()
    {
        var blocker = Path.Combine(_root, "file");
        File.WriteAllText(blocker, "not a folder");
        var (code, _, stderr) = Runner.Run("--corpus", Seeds, "--out", blocker);

        Assert.Equal(3, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailsWithExitCode2_WhenNoArticleCanBeLoaded()
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllBytes(Path.Combine(corpus, "empty.txt"), []);
        var (code, _, stderr) = Runner.Run("--corpus", corpus, "--out", Path.Combine(_root, "out"));

        Assert.Equal(2, code);
        Assert.Contains("no article could be loaded", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "out", "data", "ingest.csv")));
    }

    [Theory]
    [InlineData("--corpus", "", "--corpus needs a folder name.")]
    [InlineData("--out", "  ", "--out needs a folder name.")]
    public void Run_FailsWithExitCode1_WhenAFolderNameIsEmpty(string option, string value, string message)
    {
        var (code, _, stderr) = Runner.Run(option, value);
        Assert.Equal(1, code);
        Assert.Equal($"error: {message}", stderr.TrimEnd());
    }

    [Fact]
    public void Run_LeavesThePreviousOutputAndNoTemporaryFile_WhenCancelled()
    {
        var outFolder = Path.Combine(_root, "out");
        Assert.Equal(0, Runner.Run("--corpus", Seeds, "--out", outFolder).Code);
        var before = File.ReadAllText(Path.Combine(outFolder, "data", "documents.csv"));

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var code = new BriefingRun(stdout, stderr).Execute(new RunSettings(Seeds, outFolder), cancelled.Token);

        Assert.Equal(130, code);
        Assert.Equal(before, File.ReadAllText(Path.Combine(outFolder, "data", "documents.csv")));
        Assert.Equal(
            ["actors.csv", "changes.csv", "cooccurrence.csv", "documents.csv", "evidence.csv", "ingest.csv", "mentions.csv", "network.csv", "network.gexf", "network.graphml", "stories.csv"],
            Directory.GetFiles(Path.Combine(outFolder, "data")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_RejectsAnUnknownOption_WithExitCode1()
    {
        var (code, stdout, stderr) = Runner.Run("--corpse", "x");
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("--corpse", stderr, StringComparison.Ordinal);
        Assert.EndsWith("Run with --help to see the options.", stderr.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectFolders_AreTheProjectsSeedsAndReports_FromAnyFolderBelowTheRoot()
    {
        var below = Path.Combine(Path.GetDirectoryName(Seeds)!, "src", "Analysis.Briefing");
        Assert.Equal(Seeds, ProjectFolders.Seeds(below));
        Assert.Equal(Path.Combine(Path.GetDirectoryName(Seeds)!, "reports"), ProjectFolders.Reports(below));
        Assert.Equal(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), ProjectFolders.Root(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar)));
    }
}
