namespace Analysis.Briefing.Tests.Parquet;

/// <summary>
/// The runner's extract, once as CSV and once as Parquet, on the seeds and on a mixed corpus of 120
/// articles: shared by the tests of the Parquet output and of the shipped SQL.
/// </summary>
public sealed class ExtractRuns : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"parquet-runs-{Guid.NewGuid():N}");

    /// <summary>Runs the four extracts.</summary>
    public ExtractRuns()
    {
        Directory.CreateDirectory(_root);
        var mixed = MixedCorpus.Write(_root, 120);
        foreach (var (name, corpus) in new[] { ("seeds", RepositoryPaths.Seeds), ("mixed", mixed) })
        {
            foreach (var format in new[] { "csv", "parquet" })
            {
                var output = Path.Combine(_root, name, format);
                var (code, _, stderr) = Runner.Run("extract", "--corpus", corpus, "--out", output, "--format", format);
                Assert.True(code == 0, $"extract {name} --format {format} failed: {stderr}");
            }
        }
    }

    /// <summary>The data folder of the run of <paramref name="corpus"/> (seeds or mixed) in <paramref name="format"/>.</summary>
    public string Data(string corpus, string format) => Path.Combine(_root, corpus, format, "data");

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_root, recursive: true);
}
