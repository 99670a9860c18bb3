namespace Analysis.Core.IO;

/// <summary>
/// Paths as the file system resolves them, for deciding whether one folder lies inside another: compared
/// as written, <c>out-link/x</c> looks unrelated to the corpus even when <c>out-link</c> is a symbolic link
/// into it, and the run would then write into the corpus it reads.
/// </summary>
public static class RealPath
{
    // As many links as Linux follows in one path before it gives up with ELOOP.
    private const int MaxLinks = 40;

    /// <summary>
    /// The full path of <paramref name="path"/> with every symbolic link among its existing parts replaced
    /// by what it points to, links to links included; the parts that do not exist yet are kept as written.
    /// </summary>
    /// <exception cref="IOException">The path holds a link loop, or more links than a system follows.</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it, once both are resolved.</summary>
    /// <exception cref="IOException">One of the paths holds a link loop.</exception>
    public static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Of(folder), Of(path));
        return relative == "."
            || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links in '{full}'.");
                }

                // The target is read one link at a time and resolved again, so a chain (a → b → folder) and a
                // relative target (../x) both end where the system would go.
                next = Resolve(Path.GetFullPath(target, resolved), ref links);
            }

            resolved = next;
        }

        return resolved;
    }
}
