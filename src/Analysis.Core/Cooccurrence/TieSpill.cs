using System.Runtime.InteropServices;
using Analysis.Core.Cooccurrence.Periods;
using Microsoft.Win32.SafeHandles;

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
/// The file is unlinked as soon as it is open on Linux and macOS (deleted when closed on Windows), so a run
/// that stops half-way leaves nothing behind. It lives in <see cref="Path.GetTempPath"/> (TMPDIR) unless the
/// limits name a folder.
/// </remarks>
internal sealed class TieSpill(TieSpillLimits limits)
{
    private const int RecordInts = 4;
    private readonly Dictionary<(Period Period, CooccurrenceWindow Window), CellRecords> _cells = [];
    private SafeFileHandle? _file;
    private string _path = string.Empty;
    private long _length;
    private int _buffered;

    /// <summary>Records written or buffered.</summary>
    public long Records { get; private set; }

    /// <summary>Sets aside that tie <paramref name="first"/>–<paramref name="second"/> (actor numbers, smaller
    /// first) shared <paramref name="windows"/> windows of a document of story <paramref name="story"/> in the cell.</summary>
    public void Add((Period Period, CooccurrenceWindow Window) cell, int first, int second, int windows, int story)
    {
        ref var records = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, cell, out _);
        records ??= new CellRecords();
        records.Append(first, second, windows, story);
        Records++;
        if (++_buffered >= limits.RecordsBuffered)
        {
            Flush();
        }
    }

    /// <summary>Adds every record of <paramref name="cell"/>, in the order they came, to <paramref name="totals"/>
    /// and forgets them.</summary>
    public void MoveInto((Period Period, CooccurrenceWindow Window) cell, PeriodTotals totals)
    {
        if (!_cells.Remove(cell, out var records))
        {
            return;
        }

        var chunk = Array.Empty<int>();
        foreach (var (offset, count) in records.Chunks)
        {
            if (chunk.Length < count)
            {
                chunk = new int[count];
            }

            Read(MemoryMarshal.AsBytes(chunk.AsSpan(0, count)), offset);
            AddAll(chunk.AsSpan(0, count), totals);
        }

        AddAll(records.Buffered, totals);
        _buffered -= records.Buffered.Length / RecordInts;
    }

    /// <summary>Closes (and so deletes) the file. Not a Dispose: the counter that owns a spill is not disposable
    /// (notebooks hold counters without a using), so a spill that is never closed is left to its handle's
    /// finalizer, and its file, already unlinked, takes no room once the process ends.</summary>
    public void Close()
    {
        _file?.Dispose();
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
        _file ??= Open();
        foreach (var records in _cells.Values)
        {
            var ints = records.Buffered;
            if (ints.IsEmpty)
            {
                continue;
            }

            var bytes = MemoryMarshal.AsBytes(ints);
            var offset = _length;
            Write(bytes, offset);
            records.Written(offset);
            _length += bytes.Length;
        }

        _buffered = 0;
    }

    private SafeFileHandle Open()
    {
        _path = Path.Combine(limits.Folder ?? Path.GetTempPath(), $"analysis-ties-{Guid.NewGuid():N}.bin");
        var options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;
        try
        {
            var handle = File.OpenHandle(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, options);
            if (!OperatingSystem.IsWindows())
            {
                // An open file that is unlinked stays readable through its handle; its room is given back
                // when the handle closes, however the process ends.
                File.Delete(_path);
            }

            return handle;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failed(ex);
        }
    }

    private void Write(ReadOnlySpan<byte> bytes, long offset)
    {
        try
        {
            RandomAccess.Write(_file!, bytes, offset);
        }
        catch (IOException ex)
        {
            throw Failed(ex);
        }
    }

    private void Read(Span<byte> bytes, long offset)
    {
        try
        {
            // A read may return less than asked for; only nothing at all means the file is short.
            while (!bytes.IsEmpty)
            {
                var read = RandomAccess.Read(_file!, bytes, offset);
                if (read == 0)
                {
                    throw new EndOfStreamException("the file is shorter than what was written to it");
                }

                bytes = bytes[read..];
                offset += read;
            }
        }
        catch (IOException ex)
        {
            throw Failed(ex);
        }
    }

    // A full disk or a temporary folder that cannot be written is the user's to fix: the message names the
    // file and how.
    private IOException Failed(Exception ex) =>
        new($"Cannot use the temporary file of ties '{_path}' (set TMPDIR to a folder with room): {ex.Message}", ex);

    private sealed class CellRecords
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
