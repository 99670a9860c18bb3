using System.Globalization;
using Analysis.Core.Frames;

namespace Analysis.Briefing.Tests.Parquet;

/// <summary>
/// sql/cooccurrence.sql, run by DuckDB on the Parquet output, gives the runner's own cooccurrence.csv (of a
/// CSV run of the same corpus) row for row, in the same order.
/// </summary>
public sealed class CooccurrenceSqlTests(ExtractRuns runs) : IClassFixture<ExtractRuns>
{
    // period, actor_a, actor_b, window, documents, stories, weight, actor_a_id, actor_b_id, unit, windows_a, windows_b.
    private const int ExactColumns = 12;

    private static string Sql => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "sql", "cooccurrence.sql"));

    [Theory]
    [InlineData("seeds")]
    [InlineData("mixed")]
    public void CooccurrenceSql_GivesTheRunnersCooccurrenceCsv_WhenRunOnTheParquetOutput(string corpus)
    {
        using var duck = DuckDbQueries.OpenParquet(runs.Data(corpus, "parquet"));
        var expected = DuckDbQueries.Csv(duck, Path.Combine(runs.Data(corpus, "csv"), "cooccurrence.csv"));
        Assert.Equal(CooccurrenceTables.Cooccurrence.Header, expected[0]);
        var header = DuckDbQueries.Columns(duck, $"({Sql.TrimEnd().TrimEnd(';')})").Select(c => c.Name);
        Assert.Equal(CooccurrenceTables.Cooccurrence.Header, header);

        var actual = DuckDbQueries.Rows(duck, Sql);
        Assert.True(expected.Count > 20, $"too few ties to compare ({expected.Count - 1})");
        Assert.Equal(expected.Count - 1, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            var want = expected[i + 1];
            var got = actual[i];
            got[1] = SpreadsheetSafety.Neutralise(got[1]);
            got[2] = SpreadsheetSafety.Neutralise(got[2]);
            var where = $"row {i + 1}: expected [{string.Join(", ", want)}], got [{string.Join(", ", got)}]";
            Assert.True(want.Take(ExactColumns).SequenceEqual(got.Take(ExactColumns)), where);
            Assert.True(Close(want[13], got[13]), "jaccard, " + where);
            if (want[3] == "document")
            {
                // Every article is one document window, so the totals and the measures made from them match too.
                Assert.True(want[12] == got[12], "windows, " + where);
                for (var column = 14; column < 17; column++)
                {
                    Assert.True(Close(want[column], got[column]), $"{expected[0][column]}, {where}");
                }
            }
            else
            {
                Assert.True(got[12].Length == 0 && got[14].Length == 0 && got[15].Length == 0 && got[16].Length == 0, "unknown totals, " + where);
            }
        }
    }

    // The CSV rounds to six decimals and leaves a non-number empty; the SQL gives the double or NULL.
    private static bool Close(string csv, string sql) =>
        csv.Length == 0 || sql.Length == 0
            ? csv.Length == sql.Length
            : Math.Abs(double.Parse(csv, CultureInfo.InvariantCulture) - double.Parse(sql, CultureInfo.InvariantCulture)) <= 1e-6;
}
