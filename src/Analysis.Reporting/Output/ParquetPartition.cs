using Analysis.Core.Frames;
using Parquet;

namespace Analysis.Reporting.Output;

/// <summary>
/// One partition's file of a <see cref="PartitionedParquetTable{T}"/>: rows buffered column by column and
/// written as a row group on <see cref="Flush"/>. Parquet.Net's API is asynchronous; the export loop is
/// not, and a console run has no synchronisation context, so the calls are waited on here.
/// </summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
internal sealed class ParquetPartition<T> : IDisposable
{
    private readonly ParquetSchemaOf<T> _schema;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<string>[] _text;
    private readonly List<int>[] _counts;
    private readonly List<double>[] _numbers;
    private bool _disposed;

    /// <summary>Creates <paramref name="path"/> (and its folder) and starts the file.</summary>
    public ParquetPartition(ParquetSchemaOf<T> schema, string path)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _writer = ParquetWriter.CreateAsync(schema.Schema, _stream).GetAwaiter().GetResult();
        var count = schema.Columns.Count;
        _text = new List<string>[count];
        _counts = new List<int>[count];
        _numbers = new List<double>[count];
        for (var i = 0; i < count; i++)
        {
            switch (schema.Columns[i].Kind)
            {
                case TableColumnKind.Count:
                    _counts[i] = [];
                    break;
                case TableColumnKind.Number:
                    _numbers[i] = [];
                    break;
                default:
                    _text[i] = [];
                    break;
            }
        }
    }

    /// <summary>Rows buffered since the last row group.</summary>
    public int Buffered { get; private set; }

    /// <summary>Buffers one row.</summary>
    public void Add(T row)
    {
        for (var i = 0; i < _schema.Columns.Count; i++)
        {
            var column = _schema.Columns[i];
            switch (column.Kind)
            {
                case TableColumnKind.Count:
                    _counts[i].Add(column.WholeNumber(row));
                    break;
                case TableColumnKind.Number:
                    _numbers[i].Add(column.RealNumber(row));
                    break;
                default:
                    _text[i].Add(column.Format(row));
                    break;
            }
        }

        Buffered++;
    }

    /// <summary>Writes the buffered rows as one row group.</summary>
    public void Flush()
    {
        if (Buffered == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _schema.Fields.Count; i++)
            {
                var field = _schema.Fields[i];
                var written = _schema.Columns[i].Kind switch
                {
                    TableColumnKind.Count => group.WriteAsync<int>(field, _counts[i].ToArray()),
                    TableColumnKind.Number => group.WriteAsync<double>(field, _numbers[i].ToArray()),
                    _ => group.WriteAsync(field, _text[i]),
                };
                written.GetAwaiter().GetResult();
            }
        }

        foreach (var list in _text.Concat<System.Collections.IList?>(_counts).Concat(_numbers).OfType<System.Collections.IList>())
        {
            list.Clear();
        }

        Buffered = 0;
    }

    /// <summary>Writes what is buffered, then the file's footer, and closes it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Flush();
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            _stream.Dispose();
        }
    }
}
