using System.Globalization;
using DuckDB.NET.Data;

namespace Analysis.Briefing.Tests.Parquet;

/// <summary>Runs SQL with embedded DuckDB over a data folder's tables, Parquet or CSV, and reads the rows as text.</summary>
internal static class DuckDbQueries
{
    /// <summary>Opens an in-memory database with views <c>documents</c> and <c>mentions</c> over the folder's Parquet partitions.</summary>
    public static DuckDBConnection OpenParquet(string data)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var table in new[] { "documents", "mentions" })
        {
            var files = Path.Combine(data, table, "*", "*.parquet").Replace("'", "''", StringComparison.Ordinal);
            Execute(connection, $"CREATE VIEW {table} AS SELECT * FROM read_parquet('{files}', hive_partitioning = true)");
        }

        return connection;
    }

    /// <summary>The rows of <paramref name="sql"/>: each cell as invariant text, null as empty; doubles kept as round-trip text.</summary>
    public static List<string[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The column names and DuckDB types of a query's result.</summary>
    public static List<(string Name, string Type)> Columns(DuckDBConnection connection, string sql) =>
        [.. Rows(connection, $"DESCRIBE {sql}").Select(r => (r[0], r[1]))];

    /// <summary>A CSV file read as text, header included, every cell as written (empty for an empty cell).</summary>
    public static List<string[]> Csv(DuckDBConnection connection, string path) =>
        Rows(connection, $"SELECT * FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = false, all_varchar = true, quote = '\"', escape = '\"')");

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
