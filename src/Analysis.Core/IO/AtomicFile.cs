using System.Text;

namespace Analysis.Core.IO;

/// <summary>
/// A file written under a temporary name beside its destination and moved into place only when
/// <see cref="Commit"/> is called, so a failed or interrupted run never leaves a half-written output
/// over a good one. Disposing without committing deletes the temporary file.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _committed;

    private AtomicFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        TemporaryPath = System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(Path)!,
            $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Writer = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
    }

    /// <summary>The destination.</summary>
    public string Path { get; }

    /// <summary>Where the content is written until committed.</summary>
    public string TemporaryPath { get; }

    /// <summary>A UTF-8 (no BOM) writer on the temporary file.</summary>
    public StreamWriter Writer { get; }

    /// <summary>Opens a temporary file for <paramref name="path"/>; its folder must exist.</summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static AtomicFile Create(string path) => new(path);

    /// <summary>Writes a whole text file atomically.</summary>
    public static void WriteAllText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Create(path);
        write(file.Writer);
        file.Commit();
    }

    /// <summary>Writes a whole binary file (an image) atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = Create(path);
        file.Writer.BaseStream.Write(bytes);
        file.Commit();
    }

    /// <summary>Flushes to disk and moves the temporary file over the destination.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        Writer.Flush();
        _stream.Flush(flushToDisk: true);
        Writer.Dispose();
        File.Move(TemporaryPath, Path, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        Writer.Dispose();
        try
        {
            File.Delete(TemporaryPath);
        }
        catch (IOException)
        {
            // Best effort: a stray temporary file is harmless and named as such.
        }

        _committed = true;
    }
}
