namespace Analysis.Core.IO;

/// <summary>
/// The project's folders: <c>seeds/</c> (the demo corpus) and <c>reports/</c> (the runner's outputs),
/// found by walking up from a folder to the one holding <c>Analysis.sln</c>. The runner starts from the
/// current folder, so the README's command works from the repository root or any folder below it; a
/// notebook starts from its own folder, so it finds the seeds wherever the kernel runs it. Outside the
/// project, the starting folder is used.
/// </summary>
public static class ProjectFolders
{
    /// <summary>The folder holding <c>Analysis.sln</c> above <paramref name="start"/> (the current folder when
    /// null), or <paramref name="start"/> itself outside the project.</summary>
    public static string Root(string? start = null)
    {
        start ??= Directory.GetCurrentDirectory();
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln")))
            {
                return folder.FullName;
            }
        }

        return start;
    }

    /// <summary>The demo corpus, <c>seeds/</c>.</summary>
    public static string Seeds(string? start = null) => Path.Combine(Root(start), "seeds");

    /// <summary>Where the runner writes, <c>reports/</c>.</summary>
    public static string Reports(string? start = null) => Path.Combine(Root(start), "reports");
}
