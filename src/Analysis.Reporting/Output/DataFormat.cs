namespace Analysis.Reporting.Output;

/// <summary>How the runner writes the two large tables, documents and mentions; the other files are CSV either way.</summary>
public enum DataFormat
{
    /// <summary><c>documents.csv</c> and <c>mentions.csv</c>.</summary>
    Csv,

    /// <summary>
    /// <c>documents/</c> and <c>mentions/</c>: Parquet files partitioned by the article's month, Hive style
    /// (<c>month=2023-08/part-00000.parquet</c>; <c>month=undated</c> for articles whose date names no month),
    /// for engines that read a table from many files (DuckDB, Spark, Trino).
    /// </summary>
    Parquet,
}
