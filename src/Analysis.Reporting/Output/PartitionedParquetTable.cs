using Analysis.Core.Frames;

namespace Analysis.Reporting.Output;

/// <summary>
/// A table written as Parquet files partitioned Hive style (<c>month=2023-08/part-00000.parquet</c>) as its
/// rows stream in, in any order of partitions. Each partition keeps one file open and buffers its rows,
/// which are written as a row group every <see cref="RowGroupRows"/> rows; when all partitions together
/// buffer <see cref="BufferedRowsLimit"/> rows, the fullest one is written out early. So memory stays
/// bounded whatever the corpus's size and span; only the open files grow with the number of partitions.
/// Within a partition, rows keep the order they came in.
/// </summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
internal sealed class PartitionedParquetTable<T>(Table<T> table, string folder, string partitionColumn, string emptyPartition) : IDisposable
{
    /// <summary>Rows per row group, as Parquet readers like them: large enough to scan fast, small enough to buffer.</summary>
    public const int RowGroupRows = 50_000;

    /// <summary>The most rows buffered across all partitions before the fullest is written out.</summary>
    public const int BufferedRowsLimit = 200_000;

    private readonly ParquetSchemaOf<T> _schema = new(table);
    private readonly Dictionary<string, ParquetPartition<T>> _partitions = new(StringComparer.Ordinal);
    private int _buffered;

    /// <summary>Buffers <paramref name="row"/> in <paramref name="partition"/>, writing a row group when one is full.</summary>
    public void Write(string partition, T row)
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        if (!_partitions.TryGetValue(partition, out var target))
        {
            target = new ParquetPartition<T>(_schema, FileOf(partition));
            _partitions.Add(partition, target);
        }

        target.Add(row);
        _buffered++;
        if (target.Buffered >= RowGroupRows)
        {
            Flush(target);
        }
        else if (_buffered >= BufferedRowsLimit)
        {
            Flush(_partitions.Values.MaxBy(p => p.Buffered)!);
        }
    }

    /// <summary>Writes what is buffered and closes every file. A table without rows still gets one file, in
    /// <c>emptyPartition</c>, so readers find its columns.</summary>
    public void Dispose()
    {
        if (_partitions.Count == 0)
        {
            _partitions.Add(emptyPartition, new ParquetPartition<T>(_schema, FileOf(emptyPartition)));
        }

        List<Exception> failures = [];
        foreach (var partition in _partitions.Values)
        {
            try
            {
                partition.Dispose();
            }
#pragma warning disable CA1031 // Every file is closed before the first failure is reported.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add(ex);
            }
        }

        _partitions.Clear();
        if (failures.Count > 0)
        {
            throw failures[0] is IOException io ? io : new IOException(failures[0].Message, failures[0]);
        }
    }

    private void Flush(ParquetPartition<T> partition)
    {
        _buffered -= partition.Buffered;
        partition.Flush();
    }

    private string FileOf(string partition) => Path.Combine(folder, $"{partitionColumn}={partition}", "part-00000.parquet");
}
