using Microsoft.Data.Analysis;

namespace Analysis.Briefing.Tests;

/// <summary>
/// <c>--periods</c>: which periods cooccurrence.csv counts, and which one the network and changes use;
/// <c>--min-support</c>: the fewest articles a tie needs in a period.
/// </summary>
public sealed class CountingOptionTests : IDisposable
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
        Assert.Equal(["2023-08", "2023-11", "2024-11", "all"], Column("network.csv", "period"));
        Assert.Contains("Linked   3 stories,", stdout, StringComparison.Ordinal);
        Assert.Contains("changes between months", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WritesTheChartsAsPngAndSvg_ForTheWholeCorpusAndEachMonth()
    {
        var (code, stdout, _) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root);

        Assert.Equal(0, code);
        var charts = Path.Combine(_root, "charts");
        foreach (var name in new[] { "top-actors", "actor-timeline", "tie-timeline", "heatmap-all", "network-all", "heatmap-2023-08", "network-2024-11" })
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(charts, name + ".png")).Take(4));
            Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", File.ReadAllText(Path.Combine(charts, name + ".svg")), StringComparison.Ordinal);
        }

        Assert.Contains("Célestin Simporé", File.ReadAllText(Path.Combine(charts, "network-all.svg")), StringComparison.Ordinal);
        Assert.Contains("11 charts in", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReplacesTheChartsOfAnEarlierRun_WhenTheCorpusChanges()
    {
        Assert.Equal(0, Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root).Code);
        var corpus = Path.Combine(_root, "other-corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.md"), "---\ndate: 2025-01-15\n---\nLe Mali et le Niger ont signé un accord à Niamey.\n");

        Assert.Equal(0, Runner.Run("--corpus", corpus, "--out", _root).Code);

        var charts = Directory.GetFiles(Path.Combine(_root, "charts")).Select(Path.GetFileName).ToList();
        Assert.Contains("network-2025-01.png", charts);
        Assert.DoesNotContain(charts, c => c!.Contains("2023", StringComparison.Ordinal) || c.Contains("2024", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetDirectories(_root).Select(Path.GetFileName), d => d!.StartsWith("charts.", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_CountsTheUnitsGiven_AndMeasuresNetworksOnTheFirst()
    {
        var (code, stdout, _) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root, "--periods", "week, year");

        Assert.Equal(0, code);
        // 004 is dated only November 2024: it is in 2024 but in no week.
        Assert.Equal(["2023", "2023-W35", "2023-W45", "2024", "2024-W45", "all"], Column("cooccurrence.csv", "period"));
        Assert.Equal(["2023-W35", "2023-W45", "2024-W45", "all"], Column("network.csv", "period"));
        Assert.Contains("changes between weeks; 1 article dated too coarsely for weeks (in no network)", stdout, StringComparison.Ordinal);
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

    [Fact]
    public void Run_WritesOnlyTiesSeenInEnoughArticles_WithAMinimumSupport()
    {
        var (code, _, _) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root, "--min-support", "2");

        Assert.Equal(0, code);
        var rows = File.ReadAllLines(Path.Combine(_root, "data", "cooccurrence.csv")).Skip(1).ToList();
        // Goïta and Barmou share 002, 003 and 004; Simporé and Diarra only 000 in August 2023.
        Assert.Contains(rows, r => r.StartsWith("2024-11,Assimi Goïta,Moussa Salaou Barmou,document,3,1,3,", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("2023-08,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("2.5")]
    public void Run_RejectsAMinimumSupportThatIsNotAPositiveWholeNumber(string value)
    {
        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root, "--min-support", value);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith($"error: --min-support needs a whole number of articles, 1 or more (got '{value}').", stderr, StringComparison.Ordinal);
    }

    private List<string> Column(string file, string name)
    {
        var path = Path.Combine(_root, "data", file);
        var columns = File.ReadLines(path).First().Split(',').Length;
        var frame = DataFrame.LoadCsv(path, dataTypes: [.. Enumerable.Repeat(typeof(string), columns)]);
        return [.. frame.Rows.Select(r => (string)r[name]).Distinct().Order(StringComparer.Ordinal)];
    }
}
