using CsvHelper;

namespace Analysis.Core.Frames;

/// <summary>
/// Writes rows of a <see cref="Table{T}"/> as CSV, one at a time: a header row, RFC 4180 quoting (a
/// field with a comma, quote or line break is quoted, quotes doubled) and CRLF line ends, in the
/// encoding of the caller's writer (UTF-8 for the runner's files). Free-text cells are protected
/// against spreadsheet formulas by their column (<see cref="SpreadsheetSafety"/>); numbers and
/// identifiers are written as they are.
/// </summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
public sealed class CsvTableWriter<T> : IDisposable
{
    private static readonly CsvWriterOptions Options = new();

    private readonly Table<T> _table;
    private readonly CsvWriter _csv;

    /// <summary>Starts a CSV file on <paramref name="writer"/> and writes the header row.</summary>
    public CsvTableWriter(Table<T> table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        _csv.WriteHeader([.. table.Header]);
    }

    /// <summary>Writes one row.</summary>
    public void Write(T row)
    {
        foreach (var column in _table.Columns)
        {
            column.WriteCsv(_csv, row);
        }

        _csv.EndRecord();
    }

    /// <summary>Flushes what was written to the underlying writer.</summary>
    public void Flush() => _csv.Flush();

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
