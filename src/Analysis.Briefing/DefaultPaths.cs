namespace Analysis.Briefing;

/// <summary>
/// Where the runner reads and writes when not told: <c>seeds/</c> and <c>reports/</c> of the project,
/// found by walking up from the current folder to the one holding <c>Analysis.sln</c>, so the README's
/// command works from the repository root or any folder below it. Outside the project, the current
/// folder is used.
/// </summary>
internal static class DefaultPaths
{
    public static string ProjectRoot(string currentFolder)
    {
        for (var folder = new DirectoryInfo(currentFolder); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln")))
            {
                return folder.FullName;
            }
        }

        return currentFolder;
    }

    public static string Corpus(string currentFolder) => Path.Combine(ProjectRoot(currentFolder), "seeds");

    public static string Output(string currentFolder) => Path.Combine(ProjectRoot(currentFolder), "reports");
}
