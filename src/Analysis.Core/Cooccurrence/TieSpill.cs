using System.Runtime.InteropServices;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.IO;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The ties of the finer periods (days to years) that a large run sets aside on disk instead of totalling them
/// in memory: each document's pairs as fixed records (two actor numbers, the windows they share, the story),
/// buffered per period and window and written to one temporary file in chunks, then read back one period and
/// window at a time when the counts are built. On a large corpus the ties of its months outnumber those of
/// the whole corpus many times over and most are seen once; a record of a pair in a document takes 16
/// bytes on disk where a tie took ~60 in memory for the whole run.
/// </summary>
/// <remarks>
/// The file (a <see cref="TemporaryFile"/>) is opened when the spill is created and is in the limits' folder,
/// the system's temporary folder by default. A spill that fails is spent: the counter that owns it cannot
/// be completed any more.
/// </remarks>
internal sealed class TieSpill
{
    private const int RecordInts = 4;
    private readonly TieSpillLimits _limits;
    private readonly Dictionary<(Period Period, CooccurrenceWindow Window), CellRecords> _cells = [];
    private readonly int[] _readBuffer;
    private TemporaryFile? _file;
    private int _buffered;

    /// <summary>Opens the temporary file.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be created.</exception>
    public TieSpill(TieSpillLimits limits)
    {
        _limits = limits;
        _readBuffer = new int[limits.RecordsRead * RecordInts];
        _file = new TemporaryFile(limits.Folder, "analysis-ties", "sets ties aside in");
    }

    /// <summary>Records set aside since the spill was created, including those already read back.</summary>
    public long Records { get; private set; }

    /// <summary>The records of one period and window, to append a document's pairs to with one lookup;
    /// call <see cref="Appended"/> once they are in.</summary>
    public CellRecords Cell((Period Period, CooccurrenceWindow Window) cell)
    {
        ref var records = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, cell, out _);
        return records ??= new CellRecords();
    }

    /// <summary>Counts <paramref name="records"/> just appended, and writes every buffer once enough are held.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be written.</exception>
    public void Appended(int records)
    {
        Records += records;
        _buffered += records;
        if (_buffered >= _limits.RecordsBuffered)
        {
            Flush();
        }
    }

    /// <summary>Adds every record of <paramref name="cell"/>, in the order they came, to <paramref name="totals"/>
    /// and forgets them.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be read.</exception>
    public void MoveInto((Period Period, CooccurrenceWindow Window) cell, PeriodTotals totals)
    {
        if (!_cells.Remove(cell, out var records))
        {
            return;
        }

        foreach (var (offset, ints) in records.Chunks)
        {
            for (var done = 0; done < ints; done += _readBuffer.Length)
            {
                var piece = _readBuffer.AsSpan(0, Math.Min(_readBuffer.Length, ints - done));
                Storage.Read(MemoryMarshal.AsBytes(piece), offset + ((long)done * sizeof(int)));
                AddAll(piece, totals);
            }
        }

        AddAll(records.Buffered, totals);
        _buffered -= records.Buffered.Length / RecordInts;
    }

    /// <summary>Closes (and so deletes) the file. Not a Dispose: the counter that owns a spill is not disposable
    /// (notebooks hold counters without a using); it closes its spill whenever it completes its counts, and a
    /// spill never closed is left to its handle's finalizer.</summary>
    public void Close()
    {
        _file?.Close();
        _file = null;
        _cells.Clear();
    }

    private static void AddAll(ReadOnlySpan<int> records, PeriodTotals totals)
    {
        for (var i = 0; i < records.Length; i += RecordInts)
        {
            totals.AddTie(records[i], records[i + 1], records[i + 2], records[i + 3]);
        }
    }

    // Every buffer goes to the end of the file as one chunk of its cell, so the memory held is bounded by
    // the number of records buffered whatever the number of cells (a run by day has thousands).
    private void Flush()
    {
        foreach (var records in _cells.Values)
        {
            if (records.Buffered.IsEmpty)
            {
                continue;
            }

            records.Written(Storage.Append(MemoryMarshal.AsBytes(records.Buffered)));
        }

        _buffered = 0;
    }

    private TemporaryFile Storage => _file ?? throw new InvalidOperationException("The spill was closed.");

    /// <summary>The records of one period and window not yet written, and where the written ones are.</summary>
    internal sealed class CellRecords
    {
        private int[] _buffer = [];
        private int _count;

        public List<(long Offset, int Ints)> Chunks { get; } = [];

        public ReadOnlySpan<int> Buffered => _buffer.AsSpan(0, _count);

        public void Append(int first, int second, int windows, int story)
        {
            if (_count == _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(64, _buffer.Length * 2));
            }

            _buffer[_count] = first;
            _buffer[_count + 1] = second;
            _buffer[_count + 2] = windows;
            _buffer[_count + 3] = story;
            _count += RecordInts;
        }

        // The buffer is dropped, not kept for reuse: a cell that had many records once may get few again.
        public void Written(long offset)
        {
            Chunks.Add((offset, _count));
            _buffer = [];
            _count = 0;
        }
    }
}
