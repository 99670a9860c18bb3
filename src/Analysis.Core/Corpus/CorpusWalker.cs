namespace Analysis.Core.Corpus;

/// <summary>
/// Lists a corpus folder recursively in a stable order (ordinal by name, folder by folder), so the same
/// folder always gives the same output. Symbolic links to folders are not followed (they can loop),
/// hidden files and folders (".git", ".DS_Store") are listed as skipped, and a folder that cannot be
/// read is reported instead of ending the walk.
/// </summary>
internal sealed class CorpusWalker
{
    private readonly string _root;
    private readonly CorpusOptions _options;
    private readonly HashSet<string> _excluded;

    public CorpusWalker(string root, CorpusOptions options)
    {
        _root = Path.GetFullPath(root);
        _options = options;
        _excluded = new HashSet<string>(options.ExcludedFolders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))), StringComparer.Ordinal);
    }

    public IEnumerable<CorpusEntry> Walk() => Walk(new DirectoryInfo(_root), depth: 0);

    private IEnumerable<CorpusEntry> Walk(DirectoryInfo folder, int depth)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            if (depth == 0)
            {
                throw new CorpusException($"The corpus folder '{folder.FullName}' cannot be read: {ex.Message}", ex);
            }

            return [Skip(folder, $"folder cannot be read: {ex.Message}")];
        }

        return entries.SelectMany(entry => Visit(entry, depth));
    }

    private IEnumerable<CorpusEntry> Visit(FileSystemInfo entry, int depth)
    {
        if (entry is DirectoryInfo folder)
        {
            var reason = FolderSkipReason(folder, depth);
            return reason is null ? Walk(folder, depth + 1) : [Skip(folder, reason)];
        }

        var file = (FileInfo)entry;
        var relative = Relative(file.FullName);
        if (file.Name.StartsWith('.'))
        {
            return [new CorpusEntry(relative, file.FullName, 0, "hidden file")];
        }

        long length;
        try
        {
            // A link's own length is the length of its path: measure what it points to.
            if (file.LinkTarget is null)
            {
                length = file.Length;
            }
            else if (file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target)
            {
                length = target.Length;
            }
            else
            {
                return [new CorpusEntry(relative, file.FullName, 0, "symbolic link to a file that does not exist")];
            }
        }
        catch (FileNotFoundException ex)
        {
            return [new CorpusEntry(relative, file.FullName, 0, ReadProblem.Of(relative, ex))];
        }
        catch (IOException) when (file.LinkTarget is not null)
        {
            // ELOOP's own message names the absolute path; the analyst needs to know it is a loop.
            return [new CorpusEntry(relative, file.FullName, 0, "symbolic link loop (or a link that cannot be resolved): not followed")];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new CorpusEntry(relative, file.FullName, 0, $"unreadable: {ex.Message}")];
        }

        return [new CorpusEntry(relative, file.FullName, length, null)];
    }

    private string? FolderSkipReason(DirectoryInfo folder, int depth)
    {
        if (folder.LinkTarget is not null)
        {
            return "symbolic link to a folder: not followed, so a link loop cannot trap the run";
        }

        if (folder.Name.StartsWith('.'))
        {
            return "hidden folder";
        }

        if (_excluded.Contains(Path.TrimEndingDirectorySeparator(folder.FullName)))
        {
            return "the run's output folder: not read as corpus";
        }

        return depth + 1 > _options.MaxDepth ? $"nested deeper than {_options.MaxDepth} folders" : null;
    }

    private CorpusEntry Skip(DirectoryInfo folder, string reason) => new(Relative(folder.FullName) + "/", folder.FullName, 0, reason);

    private string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
