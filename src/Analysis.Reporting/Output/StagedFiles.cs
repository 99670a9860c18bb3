using Analysis.Core.IO;

namespace Analysis.Reporting.Output;

/// <summary>
/// The output files of one run, each written under a temporary name and moved into place together at
/// the end, so a failed or cancelled run leaves the previous files as they were.
/// </summary>
internal sealed class StagedFiles(OutputFolder output) : IDisposable
{
    private readonly List<AtomicFile> _files = [];
    private readonly List<StagedFolder> _folders = [];
    private readonly List<string> _stale = [];

    /// <summary>The destinations, in the order they were opened (files, then folders).</summary>
    public IReadOnlyList<string> Paths => [.. _files.Select(f => f.Path), .. _folders.Select(f => f.Path)];

    /// <summary>
    /// Checks, before any work, that nothing stands where the files will go, so a long run does not fail
    /// at its very end.
    /// </summary>
    /// <exception cref="OutputException">A folder of one of those names is in the way.</exception>
    public void CheckFree(IEnumerable<string> names)
    {
        foreach (var path in names.Select(output.DataFile).Where(Directory.Exists))
        {
            throw new OutputException($"Cannot write '{path}': a folder of that name is in the way.");
        }
    }

    /// <summary>Opens <paramref name="name"/> in the data folder, under a temporary name.</summary>
    /// <exception cref="OutputException">A folder of that name is in the way.</exception>
    public AtomicFile Open(string name)
    {
        CheckFree([name]);
        var path = output.DataFile(name);
        var file = AtomicFile.Create(path);
        _files.Add(file);
        return file;
    }

    /// <summary>Opens the folder <paramref name="name"/> in the data folder (a partitioned table), under a temporary name.</summary>
    /// <exception cref="OutputException">A file of that name is in the way.</exception>
    public StagedFolder OpenFolder(string name)
    {
        var folder = StagedFolder.Create(output.DataFile(name));
        _folders.Add(folder);
        return folder;
    }

    /// <summary>
    /// Removes the file or folder <paramref name="name"/> of an earlier run when the others are committed,
    /// so the data folder never holds two versions of one table that contradict each other.
    /// </summary>
    public void RemoveOnCommit(string name) => _stale.Add(output.DataFile(name));

    /// <summary>Writes a whole file.</summary>
    public void Write(string name, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(Open(name).Writer);
    }

    /// <summary>Moves every file into place.</summary>
    /// <summary>
    /// Writes several files at once, each on its own thread: the files a large run makes from its totals
    /// (ties, changes, the network for graph tools) are each seconds of formatting, and independent. They
    /// are opened in the order given, so they are committed in that order. The first failure is rethrown
    /// as it was thrown. At most <paramref name="threads"/> are written at once (one per core when null).
    /// </summary>
    public void WriteAll(IReadOnlyList<(string Name, Action<TextWriter> Write)> writes, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(writes);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads ?? 1, 1, nameof(threads));
        var opened = writes.Select(w => (Writer: Open(w.Name).Writer, w.Write)).ToList();
        try
        {
            Parallel.ForEach(opened, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, file => file.Write(file.Writer));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }

    public void CommitAll()
    {
        foreach (var file in _files)
        {
            file.Commit();
        }

        foreach (var folder in _folders)
        {
            folder.Commit();
        }

        foreach (var path in _stale)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Deletes the temporary files and folders not committed.</summary>
    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }

        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }
}
