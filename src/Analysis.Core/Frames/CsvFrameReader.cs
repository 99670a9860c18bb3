using System.Globalization;
using System.Text;
using CsvHelper;

namespace Analysis.Core.Frames;

/// <summary>
/// Reads one of the runner's CSV files a row at a time for <see cref="RunnerData"/>: fields as pooled
/// strings (formula protection undone), whole and real numbers parsed from the UTF-8 bytes without an
/// intermediate string, and how many bytes of the file were read.
/// </summary>
internal sealed class CsvFrameReader : IDisposable
{
    private static readonly CsvReaderOptions Options = new() { Separator = ',' };

    private readonly FileStream _stream;
    private readonly CsvReader _csv;
    private readonly StringPool _pool;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private char[] _chars = new char[256];
    private bool _finished;

    public CsvFrameReader(string path, StringPool pool)
    {
        FileName = Path.GetFileName(path);
        _pool = pool;
        try
        {
            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException ex)
        {
            throw new RunnerDataException(
                $"No {FileName} in '{Path.GetDirectoryName(path)}': give the runner's data folder (OUT/data after `extract --out OUT`). A run with --format parquet writes documents and mentions as Parquet folders, which this loader does not read; run extract with --format csv.",
                ex);
        }

        _csv = CsvReader.Create(_stream, Options, leaveOpen: true);
        Headers = [.. _csv.Headers];
        for (var i = 0; i < Headers.Count; i++)
        {
            _indexes.TryAdd(Headers[i], i);
        }
    }

    /// <summary>The file's name, for messages.</summary>
    public string FileName { get; }

    /// <summary>The header row.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows read so far, kept or not.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Bytes read from the file: all of it once read to the end, else about as far as the reader got.</summary>
    public long BytesRead => _finished ? _stream.Length : _stream.Position;

    /// <summary>The index of a column, or -1 when the file does not have it.</summary>
    public int IndexOf(string column) => _indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The index of a column the loader cannot do without.</summary>
    /// <exception cref="RunnerDataException">The file lacks the column.</exception>
    public int Require(string column) =>
        IndexOf(column) is var index and >= 0
            ? index
            : throw new RunnerDataException($"{FileName} has no '{column}' column (its header: {string.Join(", ", Headers)}); is it a file of the runner's data folder?");

    /// <summary>Moves to the next row; false at the end of the file.</summary>
    public bool Read()
    {
        try
        {
            if (_csv.Read())
            {
                RowsRead++;
                return true;
            }
        }
        catch (CsvFormatException ex)
        {
            throw new RunnerDataException($"{FileName}, row {RowsRead + 1}: not a valid CSV row ({ex.Message}).", ex);
        }

        _finished = true;
        return false;
    }

    /// <summary>A field as text, pooled or not, with the formula protection undone when <paramref name="restore"/> is set.</summary>
    public string Text(int index, bool pooled, bool restore)
    {
        var chars = Chars(index);
        if (restore && SpreadsheetSafety.IsNeutralised(chars))
        {
            chars = chars[1..];
        }

        return pooled ? _pool.Intern(chars) : chars.ToString();
    }

    /// <summary>A field as a whole number; null when empty.</summary>
    /// <exception cref="RunnerDataException">The field is not a whole number.</exception>
    public int? Int32(int index)
    {
        var utf8 = _csv.GetSpan(index);
        if (utf8.IsEmpty)
        {
            return null;
        }

        return int.TryParse(utf8, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(index, "a whole number");
    }

    /// <summary>A field as a real number; null when empty (the runner writes a measure that is not a number as an empty cell).</summary>
    /// <exception cref="RunnerDataException">The field is not a number.</exception>
    public double? Double(int index)
    {
        var utf8 = _csv.GetSpan(index);
        if (utf8.IsEmpty)
        {
            return null;
        }

        return double.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(index, "a number");
    }

    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }

    // The field decoded into a reused buffer, valid until the next call.
    private ReadOnlySpan<char> Chars(int index)
    {
        var utf8 = _csv.GetSpan(index);
        if (utf8.IsEmpty)
        {
            return [];
        }

        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var length = Encoding.UTF8.GetChars(utf8, _chars);
        return _chars.AsSpan(0, length);
    }

    private RunnerDataException Invalid(int index, string what)
    {
        var column = index < Headers.Count ? Headers[index] : $"#{index + 1}";
        var text = Encoding.UTF8.GetString(_csv.GetSpan(index));
        return new RunnerDataException($"{FileName}, row {RowsRead}: '{column}' should be {what}, not '{text}'.");
    }
}
