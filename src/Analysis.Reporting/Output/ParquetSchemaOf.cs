using Analysis.Core.Frames;
using Parquet.Schema;

namespace Analysis.Reporting.Output;

/// <summary>
/// The Parquet schema of a <see cref="Table{T}"/>: its columns in order, with their contract names; text and
/// keys as UTF-8 strings, counts as 32-bit integers, numbers as doubles. Text is written as the DataFrame
/// holds it: the CSV's guard against spreadsheet formulas (<see cref="SpreadsheetSafety"/>) is for
/// spreadsheets, which do not open Parquet.
/// </summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
internal sealed class ParquetSchemaOf<T>
{
    /// <summary>Maps <paramref name="table"/>'s columns.</summary>
    public ParquetSchemaOf(Table<T> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Columns = table.Columns;
        Fields = [.. table.Columns.Select(FieldOf)];
        Schema = new ParquetSchema(Fields);
    }

    /// <summary>The table's columns.</summary>
    public IReadOnlyList<TableColumn<T>> Columns { get; }

    /// <summary>One field per column, in order.</summary>
    public IReadOnlyList<DataField> Fields { get; }

    /// <summary>The schema of the files.</summary>
    public ParquetSchema Schema { get; }

    private static DataField FieldOf(TableColumn<T> column) => column.Kind switch
    {
        TableColumnKind.Count => new DataField<int>(column.Name),
        TableColumnKind.Number => new DataField<double>(column.Name),
        _ => new DataField<string>(column.Name),
    };
}
