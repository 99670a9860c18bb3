using System.Globalization;
using Analysis.Core.Frames;

namespace Analysis.Briefing.Tests.Parquet;

/// <summary><c>extract --format parquet</c>: the partitions, and the same columns and rows as the CSV files.</summary>
public sealed class ParquetExtractTests(ExtractRuns runs) : IClassFixture<ExtractRuns>
{
    [Theory]
    [InlineData("seeds")]
    [InlineData("mixed")]
    public void Extract_WritesTheCsvColumnsAndRows_WhenFormatIsParquet(string corpus)
    {
        using var duck = DuckDbQueries.OpenParquet(runs.Data(corpus, "parquet"));
        foreach (var (table, columns) in new[] { ("documents", Kinds(CorpusTables.Documents)), ("mentions", Kinds(ActorTables.Mentions)) })
        {
            // The files themselves: the month is in the folder names only.
            var files = Path.Combine(runs.Data(corpus, "parquet"), table, "*", "*.parquet");
            var described = DuckDbQueries.Columns(duck, $"SELECT * FROM read_parquet('{files}', hive_partitioning = false)");
            Assert.Equal(columns.Select(c => c.Name), described.Select(c => c.Name));
            Assert.Equal(columns.Select(c => c.Kind == TableColumnKind.Count ? "INTEGER" : "VARCHAR"), described.Select(c => c.Type));

            // The same rows, once the CSV's guard against spreadsheet formulas is applied to free text.
            var csv = DuckDbQueries.Csv(duck, Path.Combine(runs.Data(corpus, "csv"), table + ".csv"));
            Assert.Equal(columns.Select(c => c.Name), csv[0]);
            var parquet = DuckDbQueries.Rows(duck, $"SELECT * FROM read_parquet('{files}', hive_partitioning = false)")
                .Select(row => row.Select((cell, i) => columns[i].Kind == TableColumnKind.Text ? SpreadsheetSafety.Neutralise(cell) : cell).ToArray())
                .ToList();
            Assert.Equal(csv.Count - 1, parquet.Count);
            Assert.Equal(Sorted(csv.Skip(1)), Sorted(parquet));
        }
    }

    [Fact]
    public void Extract_PartitionsByMonth_WhenFormatIsParquet()
    {
        var documents = Path.Combine(runs.Data("mixed", "parquet"), "documents");
        var months = Directory.GetDirectories(documents).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(months.Count >= 12, string.Join(", ", months));
        Assert.Contains("month=undated", months);
        Assert.Contains("month=2023-01", months);
        Assert.All(months, m => Assert.True(File.Exists(Path.Combine(documents, m!, "part-00000.parquet")), m));
        using var duck = DuckDbQueries.OpenParquet(runs.Data("mixed", "parquet"));
        var misplaced = DuckDbQueries.Rows(duck, """
            SELECT doc_id FROM documents
            WHERE month <> CASE WHEN date_precision IN ('day', 'month') THEN substr(date, 1, 7) ELSE 'undated' END
            """);
        Assert.Empty(misplaced);
        var (articles, stories) = DuckDbQueries.Rows(duck, "SELECT COUNT(*), COUNT(DISTINCT story_id) FROM documents").Select(r => (int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture))).Single();
        Assert.True(articles >= 110 && stories >= 10, $"{articles} articles in {stories} stories");
        var orphans = DuckDbQueries.Rows(duck, "SELECT m.doc_id FROM mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id AND d.month = m.month WHERE d.doc_id IS NULL");
        Assert.Empty(orphans);
    }

    [Fact]
    public void Extract_RemovesTheOtherFormatsTables_WhenFormatChanges()
    {
        // The corpus is named: the notebook tests run in parallel and move the process's current folder, from
        // which the default corpus is found.
        var output = Path.Combine(Path.GetTempPath(), $"parquet-switch-{Guid.NewGuid():N}");
        try
        {
            var data = Path.Combine(output, "data");
            Assert.Equal(0, Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", output).Code);
            Assert.True(File.Exists(Path.Combine(data, "documents.csv")));

            Assert.Equal(0, Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", output, "--format", "parquet").Code);
            Assert.False(File.Exists(Path.Combine(data, "documents.csv")));
            Assert.False(File.Exists(Path.Combine(data, "mentions.csv")));
            Assert.True(Directory.Exists(Path.Combine(data, "mentions")));
            Assert.Empty(Directory.GetFileSystemEntries(data, ".*"));

            Assert.Equal(0, Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", output, "--format", "csv").Code);
            Assert.False(Directory.Exists(Path.Combine(data, "documents")));
            Assert.False(Directory.Exists(Path.Combine(data, "mentions")));
            Assert.True(File.Exists(Path.Combine(data, "mentions.csv")));
        }
        finally
        {
            // A run that failed before creating the folder must leave its own assertion as the message.
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Extract_RejectsTheFormat_WhenItIsUnknown()
    {
        var (code, _, stderr) = Runner.Run("extract", "--format", "orc");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
        Assert.Contains("parquet", stderr, StringComparison.Ordinal);
    }

    private static List<(string Name, TableColumnKind Kind)> Kinds<T>(Table<T> table) => [.. table.Columns.Select(c => (c.Name, c.Kind))];

    private static List<string> Sorted(IEnumerable<string[]> rows) => [.. rows.Select(r => string.Join('\u001f', r)).Order(StringComparer.Ordinal)];
}
