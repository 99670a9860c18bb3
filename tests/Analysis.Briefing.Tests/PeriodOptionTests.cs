using Microsoft.Data.Analysis;

namespace Analysis.Briefing.Tests;

/// <summary><c>--periods</c>: which periods cooccurrence.csv counts, and which one the network and changes use.</summary>
public sealed class PeriodOptionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "period-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Run_CountsMonthsAndTheWholeCorpus_ByDefault()
    {
        var (code, stdout, _) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root);

        Assert.Equal(0, code);
        Assert.Equal(["2023-08", "2023-11", "2024-11", "all"], Column("cooccurrence.csv", "period"));
        Assert.Equal(["2023-08", "2023-11", "2024-11"], Column("network.csv", "period"));
        Assert.Contains("Linked   3 stories,", stdout, StringComparison.Ordinal);
        Assert.Contains("changes between months", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CountsTheUnitsGiven_AndMeasuresNetworksOnTheFirst()
    {
        var (code, stdout, _) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root, "--periods", "week, year");

        Assert.Equal(0, code);
        // 004 is dated only November 2024: it is in 2024 but in no week.
        Assert.Equal(["2023", "2023-W35", "2023-W45", "2024", "2024-W45", "all"], Column("cooccurrence.csv", "period"));
        Assert.Equal(["2023-W35", "2023-W45", "2024-W45"], Column("network.csv", "period"));
        Assert.Contains("changes between weeks", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fortnight", "unknown period 'fortnight' for --periods; choose among day, week, month, quarter, year")]
    [InlineData("all", "unknown period 'all' for --periods")]
    [InlineData(",", "--periods needs at least one of day, week, month, quarter, year.")]
    public void Run_RejectsAPeriodItDoesNotKnow_WithExitCode1(string value, string message)
    {
        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root, "--periods", value);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "data")));
    }

    private List<string> Column(string file, string name)
    {
        var path = Path.Combine(_root, "data", file);
        var columns = File.ReadLines(path).First().Split(',').Length;
        var frame = DataFrame.LoadCsv(path, dataTypes: [.. Enumerable.Repeat(typeof(string), columns)]);
        return [.. frame.Rows.Select(r => (string)r[name]).Distinct().Order(StringComparer.Ordinal)];
    }
}
