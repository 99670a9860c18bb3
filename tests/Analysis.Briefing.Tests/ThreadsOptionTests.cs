using Analysis.Core.Tests.Hostile;

namespace Analysis.Briefing.Tests;

/// <summary><c>--threads</c>: how many threads read and extract articles, which must never change the output.</summary>
public sealed class ThreadsOptionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "threads-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Extract_WritesTheSameBytes_WhateverTheNumberOfThreads()
    {
        // The hostile corpus and the seeds together: every kind of fate, a many-article file, duplicates,
        // and discovered actors, in one folder.
        var corpus = Path.Combine(_root, "corpus");
        HostileCorpus.Write(corpus);
        // Inputs of megabytes meet the wall-clock limits (parse budget, regex timeouts), whose outcome on a
        // loaded machine is a matter of time, not of threads; they have their own tests.
        foreach (var large in new DirectoryInfo(corpus).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Where(f => f.Length > 1_000_000))
        {
            large.Delete();
        }
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(corpus, "seed-" + Path.GetFileName(seed)));
        }

        var one = Extract(corpus, "1");
        var four = Extract(corpus, "4");

        Assert.Equal(Directory.GetFiles(one).Select(Path.GetFileName), Directory.GetFiles(four).Select(Path.GetFileName));
        foreach (var file in Directory.GetFiles(one))
        {
            var expected = File.ReadAllLines(file);
            var actual = File.ReadAllLines(Path.Combine(four, Path.GetFileName(file)));
            var first = Enumerable.Range(0, Math.Max(expected.Length, actual.Length)).FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
            Assert.True(first < 0, $"{Path.GetFileName(file)} differs at line {first + 1}: '{expected.ElementAtOrDefault(first)}' with one thread, '{actual.ElementAtOrDefault(first)}' with four");
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(four, Path.GetFileName(file)))), $"{Path.GetFileName(file)} differs in its line ends");
        }

        Assert.Contains("discovered", File.ReadAllText(Path.Combine(one, "actors.csv")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    [InlineData("1000")]
    public void Extract_RefusesWithOneLine_WhenTheThreadCountIsNotANumberFrom1To256(string value)
    {
        var (code, _, stderr) = Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", _root, "--threads", value);

        Assert.Equal(1, code);
        Assert.Contains($"--threads needs a whole number of threads, 1 to 256 (got '{value}')", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "data")));
    }

    private string Extract(string corpus, string threads)
    {
        var output = Path.Combine(_root, "out-" + threads);
        var (code, _, stderr) = Runner.Run("extract", "--corpus", corpus, "--out", output, "--threads", threads);
        Assert.True(code == 0, stderr);
        return Path.Combine(output, "data");
    }
}
