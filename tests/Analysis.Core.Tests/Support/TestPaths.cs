namespace Analysis.Core.Tests.Support;

/// <summary>Locates the repository's folders from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
