using System.Globalization;
using CsvHelper;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// One column of a table the library exports: its name in the data contract, how to read it from a
/// record, and its DataFrame column type. A table is defined once and serves both the DataFrame a
/// notebook explores and the CSV file other tools read, so the two hold the same columns and values;
/// the only difference is the CSV's protection of free text against spreadsheet formulas.
/// </summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
public abstract class TableColumn<T>
{
    /// <summary>Creates a column.</summary>
    private protected TableColumn(string name) => Name = name;

    /// <summary>The column's name, as in the data contract (<c>doc_id</c>).</summary>
    public string Name { get; }

    /// <summary>The cell's value as text (what the DataFrame holds; CSV may neutralise it, see <see cref="SpreadsheetSafety"/>).</summary>
    public abstract string Format(T row);

    /// <summary>What the column holds: text, keys, whole or real numbers.</summary>
    public abstract TableColumnKind Kind { get; }

    /// <summary>The cell as a whole number, for a <see cref="TableColumnKind.Count"/> column.</summary>
    /// <exception cref="NotSupportedException">The column does not hold whole numbers.</exception>
    public virtual int WholeNumber(T row) => throw new NotSupportedException($"Column '{Name}' holds {Kind}, not whole numbers.");

    /// <summary>The cell as a real number, for a <see cref="TableColumnKind.Number"/> column.</summary>
    /// <exception cref="NotSupportedException">The column does not hold real numbers.</exception>
    public virtual double RealNumber(T row) => throw new NotSupportedException($"Column '{Name}' holds {Kind}, not real numbers.");

    internal abstract DataFrameColumn CreateColumn();

    internal abstract void Append(DataFrameColumn column, T row);

    /// <summary>Writes the cell; text goes through the writer's formula protection, numbers do not need it.</summary>
    internal abstract void WriteCsv(CsvWriter writer, T row);
}

/// <summary>Factories for <see cref="TableColumn{T}"/>.</summary>
public static class TableColumn
{
    /// <summary>
    /// A column of free text (titles, names, reasons): in CSV, a cell a spreadsheet would run as a
    /// formula is neutralised (see <see cref="SpreadsheetSafety"/>).
    /// </summary>
    public static TableColumn<T> Text<T>(string name, Func<T, string?> value) => new TextColumn<T>(name, value, neutralise: true);

    /// <summary>
    /// A column of identifiers (document ids, file paths) that other tools join on: written exactly as
    /// they are, so a join never misses because of an added apostrophe.
    /// </summary>
    public static TableColumn<T> Key<T>(string name, Func<T, string?> value) => new TextColumn<T>(name, value, neutralise: false);

    /// <summary>A column of whole numbers (counts, lengths, offsets).</summary>
    public static TableColumn<T> Count<T>(string name, Func<T, int> value) => new IntegerColumn<T>(name, value);

    /// <summary>
    /// A column of real numbers (measures): in CSV, at most six decimals with a point whatever the
    /// machine's culture, and an empty cell for a value that is not a number.
    /// </summary>
    public static TableColumn<T> Number<T>(string name, Func<T, double> value) => new NumberColumn<T>(name, value);

    private sealed class TextColumn<T>(string name, Func<T, string?> value, bool neutralise) : TableColumn<T>(name)
    {
        public override TableColumnKind Kind => neutralise ? TableColumnKind.Text : TableColumnKind.Key;

        public override string Format(T row) => value(row) ?? string.Empty;

        internal override DataFrameColumn CreateColumn() => new StringDataFrameColumn(Name, 0);

        internal override void Append(DataFrameColumn column, T row) => ((StringDataFrameColumn)column).Append(Format(row));

        internal override void WriteCsv(CsvWriter writer, T row) =>
            writer.WriteField(neutralise ? SpreadsheetSafety.Neutralise(Format(row)) : Format(row));
    }

    private sealed class IntegerColumn<T>(string name, Func<T, int> value) : TableColumn<T>(name)
    {
        public override TableColumnKind Kind => TableColumnKind.Count;

        public override int WholeNumber(T row) => value(row);

        public override string Format(T row) => value(row).ToString(CultureInfo.InvariantCulture);

        internal override DataFrameColumn CreateColumn() => new Int32DataFrameColumn(Name, 0);

        internal override void Append(DataFrameColumn column, T row) => ((Int32DataFrameColumn)column).Append(value(row));

        internal override void WriteCsv(CsvWriter writer, T row) => writer.WriteField(value(row), default);
    }

    private sealed class NumberColumn<T>(string name, Func<T, double> value) : TableColumn<T>(name)
    {
        public override TableColumnKind Kind => TableColumnKind.Number;

        public override double RealNumber(T row) => value(row);

        public override string Format(T row)
        {
            var number = value(row);
            return double.IsFinite(number) ? number.ToString("0.######", CultureInfo.InvariantCulture) : string.Empty;
        }

        internal override DataFrameColumn CreateColumn() => new DoubleDataFrameColumn(Name, 0);

        internal override void Append(DataFrameColumn column, T row) => ((DoubleDataFrameColumn)column).Append(value(row));

        internal override void WriteCsv(CsvWriter writer, T row) => writer.WriteField(Format(row));
    }
}
