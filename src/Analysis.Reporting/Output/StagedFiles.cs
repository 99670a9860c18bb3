using Analysis.Core.IO;

namespace Analysis.Reporting.Output;

/// <summary>
/// The output files of one run, each written under a temporary name and moved into place together at
/// the end, so a failed or cancelled run leaves the previous files as they were.
/// </summary>
internal sealed class StagedFiles(OutputFolder output) : IDisposable
{
    private readonly List<AtomicFile> _files = [];

    /// <summary>The destinations, in the order they were opened.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Select(f => f.Path)];

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

    /// <summary>Writes a whole file.</summary>
    public void Write(string name, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(Open(name).Writer);
    }

    /// <summary>Moves every file into place.</summary>
    public void CommitAll()
    {
        foreach (var file in _files)
        {
            file.Commit();
        }
    }

    /// <summary>Deletes the temporary files not committed.</summary>
    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
    }
}
