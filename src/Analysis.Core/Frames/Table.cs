using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>An ordered set of columns describing how records of <typeparamref name="T"/> become rows.</summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
public sealed class Table<T>
{
    /// <summary>Creates a table definition.</summary>
    public Table(string name, params TableColumn<T>[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        Columns = columns;
    }

    /// <summary>The table's name, also its CSV file's stem (<c>documents</c>).</summary>
    public string Name { get; }

    /// <summary>The columns in contract order.</summary>
    public IReadOnlyList<TableColumn<T>> Columns { get; }

    /// <summary>The column names in order.</summary>
    public IEnumerable<string> Header => Columns.Select(c => c.Name);

    /// <summary>Builds a DataFrame with one row per record.</summary>
    public DataFrame ToDataFrame(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = Columns.Select(c => c.CreateColumn()).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                Columns[i].Append(columns[i], row);
            }
        }

        return new DataFrame(columns);
    }

    /// <summary>Writes the records as CSV (see <see cref="CsvTableWriter{T}"/>), streaming.</summary>
    public void WriteCsv(IEnumerable<T> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = new CsvTableWriter<T>(this, writer);
        foreach (var row in rows)
        {
            csv.Write(row);
        }
    }
}
