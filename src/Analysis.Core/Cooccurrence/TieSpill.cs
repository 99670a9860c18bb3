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
/// The file is opened when the spill is created, so a temporary folder that cannot be written stops the run
/// at once rather than a million records later. It is unlinked as soon as it is open on Linux and macOS
/// (deleted when closed on Windows), so a run that stops half-way leaves nothing behind. It lives in
/// <see cref="Path.GetTempPath"/> (TMPDIR; TMP on Windows) unless the limits name a folder. A spill that
/// fails is spent: the counter that owns it cannot be completed any more.
/// </remarks>
internal sealed class TieSpill
{
    private const int RecordInts = 4;
    private readonly TieSpillLimits _limits;
    private readonly Dictionary<(Period Period, CooccurrenceWindow Window), CellRecords> _cells = [];
    private readonly int[] _readBuffer;
    private readonly string _path;
    private SafeFileHandle? _file;
    private long _length;
    private int _buffered;

    /// <summary>Opens the temporary file.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be created.</exception>
    public TieSpill(TieSpillLimits limits)
    {
        _limits = limits;
        _readBuffer = new int[limits.RecordsRead * RecordInts];
        _path = Path.Combine(limits.Folder ?? Path.GetTempPath(), $"analysis-ties-{Guid.NewGuid():N}.bin");
        _file = Open(_path);
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
                Read(MemoryMarshal.AsBytes(piece), offset + ((long)done * sizeof(int)));
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
        foreach (var records in _cells.Values)
        {
            if (records.Buffered.IsEmpty)
            {
                continue;
            }

            var bytes = MemoryMarshal.AsBytes(records.Buffered);
            Write(bytes, _length);
            records.Written(_length);
            _length += bytes.Length;
        }

        _buffered = 0;
    }

    private static SafeFileHandle Open(string path)
    {
        var options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemporaryStorageException(
                $"Cannot create the temporary file '{path}' that a large run sets ties aside in; set {TemporaryFolderVariable} to a folder that can be written: {ex.Message}", ex);
        }

        if (!OperatingSystem.IsWindows())
        {
            try
            {
                // An open file that is unlinked stays readable through its handle; its room is given back
                // when the handle closes, however the process ends.
                File.Delete(path);
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }

        return handle;
    }

    private static string TemporaryFolderVariable => OperatingSystem.IsWindows() ? "TMP" : "TMPDIR";

    private void Write(ReadOnlySpan<byte> bytes, long offset)
    {
        try
        {
            RandomAccess.Write(Handle, bytes, offset);
        }
        catch (IOException ex)
        {
            throw new TemporaryStorageException(
                $"Cannot write the temporary file '{_path}' that a large run sets ties aside in (is the disk full?); set {TemporaryFolderVariable} to a folder with room: {ex.Message}", ex);
        }
    }

    private void Read(Span<byte> bytes, long offset)
    {
        try
        {
            // A read may return less than asked for; only nothing at all means the file is short.
            while (!bytes.IsEmpty)
            {
                var read = RandomAccess.Read(Handle, bytes, offset);
                if (read == 0)
                {
                    throw new TemporaryStorageException($"The temporary file '{_path}' of ties set aside is shorter than what was written to it.");
                }

                bytes = bytes[read..];
                offset += read;
            }
        }
        catch (IOException ex)
        {
            throw new TemporaryStorageException($"Cannot read back the temporary file '{_path}' of ties set aside: {ex.Message}", ex);
        }
    }

    private SafeFileHandle Handle => _file ?? throw new InvalidOperationException("The spill was closed.");

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
