using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// Fills one DataFrame column from the rows of a <see cref="CsvFrameReader"/> (see <see cref="FrameShape"/>):
/// a field as pooled text, a whole or a real number, or an actor key computed for the row.
/// </summary>
internal abstract class ColumnLoader
{
    /// <summary>The column being filled.</summary>
    public abstract DataFrameColumn Column { get; }

    /// <summary>Appends the current row's value.</summary>
    public abstract void Append(CsvFrameReader row);

    /// <summary>A column of text from field <paramref name="index"/>.</summary>
    public static ColumnLoader Text(string name, int index, bool pooled, bool restore) => new TextLoader(name, index, pooled, restore);

    /// <summary>A column of whole numbers from field <paramref name="index"/>.</summary>
    public static ColumnLoader WholeNumber(string name, int index) => new Int32Loader(name, index);

    /// <summary>A column of real numbers from field <paramref name="index"/>.</summary>
    public static ColumnLoader RealNumber(string name, int index) => new DoubleLoader(name, index);

    /// <summary>A column of actor keys, slot <paramref name="slot"/> of <paramref name="keys"/>.</summary>
    public static ColumnLoader Key(string name, int[] keys, int slot) => new KeyLoader(name, keys, slot);

    private sealed class TextLoader(string name, int index, bool pooled, bool restore) : ColumnLoader
    {
        private readonly StringDataFrameColumn _column = new(name);

        public override DataFrameColumn Column => _column;

        public override void Append(CsvFrameReader row) => _column.Append(row.Text(index, pooled, restore));
    }

    private sealed class Int32Loader(string name, int index) : ColumnLoader
    {
        private readonly Int32DataFrameColumn _column = new(name);

        public override DataFrameColumn Column => _column;

        public override void Append(CsvFrameReader row) => _column.Append(row.Int32(index));
    }

    private sealed class DoubleLoader(string name, int index) : ColumnLoader
    {
        private readonly DoubleDataFrameColumn _column = new(name);

        public override DataFrameColumn Column => _column;

        public override void Append(CsvFrameReader row) => _column.Append(row.Double(index));
    }

    private sealed class KeyLoader(string name, int[] keys, int slot) : ColumnLoader
    {
        private readonly Int32DataFrameColumn _column = new(name);

        public override DataFrameColumn Column => _column;

        public override void Append(CsvFrameReader row) => _column.Append(keys[slot]);
    }
}
