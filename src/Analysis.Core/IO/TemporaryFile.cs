using Microsoft.Win32.SafeHandles;

namespace Analysis.Core.IO;

/// <summary>
/// A file a large run keeps working data in instead of memory, written and read at offsets. It is opened
/// when created, so a temporary folder that cannot be written stops the run at once rather than a million
/// records later, and unlinked as soon as it is open on Linux and macOS (deleted when closed on Windows),
/// so a run that stops half-way leaves nothing behind. It lives in <see cref="Path.GetTempPath"/> (TMPDIR;
/// TMP on Windows) unless a folder is named. Every failure is a <see cref="TemporaryStorageException"/>
/// that says what the file was for and which variable moves it.
/// </summary>
public sealed class TemporaryFile
{
    private readonly string _path;
    private readonly string _purpose;
    private SafeFileHandle? _handle;

    /// <summary>Creates and opens the file.</summary>
    /// <param name="folder">Where the file goes; the system's temporary folder when null.</param>
    /// <param name="name">The start of the file's name ("analysis-ties").</param>
    /// <param name="purpose">What a large run keeps in it, for messages ("sets ties aside in").</param>
    /// <exception cref="TemporaryStorageException">The file cannot be created.</exception>
    public TemporaryFile(string? folder, string name, string purpose)
    {
        _path = Path.Combine(folder ?? Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.bin");
        _purpose = purpose;
        _handle = Open();
    }

    /// <summary>Bytes written at the end of the file so far.</summary>
    public long Length { get; private set; }

    /// <summary>Writes <paramref name="bytes"/> at the end of the file and returns where they start.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be written (a full disk).</exception>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        var offset = Length;
        try
        {
            RandomAccess.Write(Handle, bytes, offset);
        }
        catch (IOException ex)
        {
            throw new TemporaryStorageException(
                $"Cannot write the temporary file '{_path}' that a large run {_purpose} (is the disk full?); set {FolderVariable} to a folder with room: {ex.Message}", ex);
        }

        Length += bytes.Length;
        return offset;
    }

    /// <summary>Fills <paramref name="bytes"/> from <paramref name="offset"/>; safe to call from several threads at once.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be read, or is shorter than what was written.</exception>
    public void Read(Span<byte> bytes, long offset)
    {
        try
        {
            // A read may return less than asked for; only nothing at all means the file is short.
            while (!bytes.IsEmpty)
            {
                var read = RandomAccess.Read(Handle, bytes, offset);
                if (read == 0)
                {
                    throw new TemporaryStorageException($"The temporary file '{_path}' that a large run {_purpose} is shorter than what was written to it.");
                }

                bytes = bytes[read..];
                offset += read;
            }
        }
        catch (IOException ex)
        {
            throw new TemporaryStorageException($"Cannot read back the temporary file '{_path}' that a large run {_purpose}: {ex.Message}", ex);
        }
    }

    /// <summary>Closes, and so deletes, the file. Not a Dispose: its owners (a counter's spill, a detector's
    /// closed stories) live in objects notebooks hold without a using; a file never closed is left to its
    /// handle's finalizer.</summary>
    public void Close()
    {
        _handle?.Dispose();
        _handle = null;
    }

    private static string FolderVariable => OperatingSystem.IsWindows() ? "TMP" : "TMPDIR";

    private SafeFileHandle Handle => _handle ?? throw new InvalidOperationException($"The temporary file that a large run {_purpose} was closed.");

    private SafeFileHandle Open()
    {
        var options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemporaryStorageException(
                $"Cannot create the temporary file '{_path}' that a large run {_purpose}; set {FolderVariable} to a folder that can be written: {ex.Message}", ex);
        }

        if (!OperatingSystem.IsWindows())
        {
            try
            {
                // An open file that is unlinked stays readable through its handle; its room is given back
                // when the handle closes, however the process ends.
                File.Delete(_path);
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }

        return handle;
    }
}
