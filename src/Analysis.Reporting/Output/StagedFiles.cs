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

    /// <summary>Opens <paramref name="name"/> in the data folder, under a temporary name.</summary>
    /// <exception cref="OutputException">A folder of that name is in the way.</exception>
    public AtomicFile Open(string name)
    {
        var path = output.DataFile(name);
        if (Directory.Exists(path))
        {
            throw new OutputException($"Cannot write '{path}': a folder of that name is in the way.");
        }

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
