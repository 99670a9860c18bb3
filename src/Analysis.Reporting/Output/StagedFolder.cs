namespace Analysis.Reporting.Output;

/// <summary>
/// A folder of output files (a partitioned Parquet table) written under a temporary name beside its
/// destination and swapped into place only on <see cref="Commit"/>, so a failed run leaves the previous
/// folder as it was. Disposing without committing deletes the temporary folder.
/// </summary>
internal sealed class StagedFolder : IDisposable
{
    private bool _done;

    private StagedFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        TemporaryPath = System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(Path)!,
            $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(TemporaryPath);
    }

    /// <summary>The destination.</summary>
    public string Path { get; }

    /// <summary>Where the files are written until committed.</summary>
    public string TemporaryPath { get; }

    /// <summary>Creates the temporary folder for <paramref name="path"/>; its parent must exist.</summary>
    /// <exception cref="OutputException">A file of that name is in the way.</exception>
    public static StagedFolder Create(string path)
    {
        if (File.Exists(path))
        {
            throw new OutputException($"Cannot write '{path}': a file of that name is in the way.");
        }

        return new StagedFolder(path);
    }

    /// <summary>Moves the folder into place, replacing the previous one.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var previous = Directory.Exists(Path) ? Path + $".{Guid.NewGuid():N}.old" : null;
        if (previous is not null)
        {
            Directory.Move(Path, previous);
        }

        Directory.Move(TemporaryPath, Path);
        _done = true;
        if (previous is not null)
        {
            DeleteQuietly(previous);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_done)
        {
            DeleteQuietly(TemporaryPath);
            _done = true;
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a stray folder is harmless and named as such.
        }
    }
}
