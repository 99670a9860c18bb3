using Analysis.Core.Tests.Hostile;

namespace Analysis.Briefing.Tests;

/// <summary>
/// Where the runner may write (issue 7): only below --out, never into the corpus it reads, whichever
/// way the two folders are spelt.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "output-path-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _corpus;

    public OutputPathTests()
    {
        _corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(_corpus);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(_corpus, Path.GetFileName(seed)));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_RefusesTheOutputFolder_WhenASymbolicLinkLeadsItIntoTheCorpus()
    {
        var link = Path.Combine(_root, "looks-elsewhere");
        if (!HostileCorpus.TryLinkFolder(link, _corpus))
        {
            return; // No symbolic links without the privilege on Windows: nothing to test.
        }

        var (code, _, stderr) = Runner.Run("--corpus", _corpus, "--out", Path.Combine(link, "reports"));

        Assert.Equal(1, code);
        Assert.Contains("inside the corpus folder", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_corpus, "reports")));
    }

    [Fact]
    public void Run_RefusesTheOutputFolder_WhenAChainOfLinksLeadsItIntoTheCorpus()
    {
        var first = Path.Combine(_root, "first");
        Directory.CreateDirectory(Path.Combine(_corpus, "sub"));
        if (!HostileCorpus.TryLinkFolder(first, _corpus) || !HostileCorpus.TryLinkFolder(Path.Combine(_root, "second"), Path.Combine("first", "sub")))
        {
            return;
        }

        var (code, _, stderr) = Runner.Run("extract", "--corpus", _corpus, "--out", Path.Combine(_root, "second"));

        Assert.Equal(1, code);
        Assert.Contains("inside the corpus folder", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_corpus, "sub")));
    }

    [Fact]
    public void Run_RefusesTheOutputFolder_WhenItsDataFolderIsALinkIntoTheCorpus()
    {
        var output = Directory.CreateDirectory(Path.Combine(_root, "out")).FullName;
        var kept = Path.Combine(_corpus, "kept");
        Directory.CreateDirectory(kept);
        File.WriteAllText(Path.Combine(kept, "documents.csv"), "mine");
        if (!HostileCorpus.TryLinkFolder(Path.Combine(output, "data"), kept))
        {
            return;
        }

        var (code, _, stderr) = Runner.Run("extract", "--corpus", _corpus, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("leads into the corpus folder", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(kept, "documents.csv")));
    }

    [Fact]
    public void Run_FailsWithOneLineAndExitCode1_WhenTheOutputPathHoldsALinkLoop()
    {
        var loop = Path.Combine(_root, "loop");
        if (!HostileCorpus.TryLinkFolder(loop, "loop"))
        {
            return;
        }

        var (code, stdout, stderr) = Runner.Run("extract", "--corpus", _corpus, "--out", Path.Combine(loop, "out"));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: cannot tell where --corpus and --out lead:", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("data")]
    [InlineData("charts")]
    public void Run_RefusesTheCorpus_WhenItLiesWhereTheRunWritesItsOutputs(string folder)
    {
        var output = Path.Combine(_root, "out");
        var corpus = Path.Combine(output, folder);
        Directory.CreateDirectory(Path.Combine(corpus, "articles"));
        File.WriteAllText(Path.Combine(corpus, "documents.csv"), "mine");
        File.Copy(Directory.EnumerateFiles(_corpus).First(), Path.Combine(corpus, "articles", "a.txt"));

        var (code, _, stderr) = Runner.Run("--corpus", corpus, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("where the run writes its outputs", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(corpus, "documents.csv")));
        Assert.Equal(["a.txt"], Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Where(n => n != "documents.csv"));
    }

    [Fact]
    public void Run_WritesOnlyBelowTheOutputFolder_AndLeavesTheCorpusAsItWas()
    {
        var before = Snapshot(_root);
        var output = Path.Combine(_root, "out");

        var (code, _, stderr) = Runner.Run("--corpus", _corpus, "--out", output);

        Assert.True(code == 0, stderr);
        var after = Snapshot(_root);
        var added = after.Keys.Except(before.Keys).ToList();
        Assert.All(added, path => Assert.StartsWith("out" + Path.DirectorySeparatorChar, path, StringComparison.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.DoesNotContain(added, path => path.EndsWith(".tmp", StringComparison.Ordinal) || path.Contains(".new-", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WritesIntoTheOutputFolder_WhenTheCorpusIsASiblingInsideIt()
    {
        var output = Path.Combine(_root, "project");
        var corpus = Path.Combine(output, "articles");
        Directory.CreateDirectory(output);
        Directory.Move(_corpus, corpus);

        var (code, _, stderr) = Runner.Run("extract", "--corpus", corpus, "--out", output);

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "data", "documents.csv")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
