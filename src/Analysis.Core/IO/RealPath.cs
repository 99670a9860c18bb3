namespace Analysis.Core.IO;

/// <summary>
/// Paths as the file system resolves them, for deciding whether one folder lies inside another: compared
/// as written, <c>out-link/x</c> looks unrelated to the corpus even when <c>out-link</c> is a symbolic link
/// into it, and the run would then write into the corpus it reads.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>
    /// The full path of <paramref name="path"/> with every symbolic link among its existing parts replaced
    /// by what it points to; the parts that do not exist yet are kept as written.
    /// </summary>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var links = 0;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null && links++ < MaxLinks && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                next = Path.GetFullPath(target.FullName);
            }

            resolved = next;
        }

        return resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it, once both are resolved.</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Of(folder), Of(path));
        return relative == "."
            || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
