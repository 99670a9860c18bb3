using Analysis.Core.IO;

namespace Analysis.Reporting.Tests.Notebooks;

/// <summary>The fixture notebooks, found from the test binaries, and scratch copies of them.</summary>
internal static class NotebookFixtures
{
    public static string Root { get; } = ProjectFolders.Root(AppContext.BaseDirectory);

    public static string Folder => Path.Combine(Root, "tests", "Analysis.Reporting.Tests", "Notebooks", "Fixtures");

    public static string PackageVersions => Path.Combine(Root, "Directory.Packages.props");

    public static string InPlace(string name) => Path.Combine(Folder, name);

    /// <summary>Copies fixtures into a scratch folder, so a run that saves never touches the sources.</summary>
    public static ScratchFolder Copy(params string[] names)
    {
        var scratch = new ScratchFolder();
        foreach (var name in names)
        {
            File.Copy(InPlace(name), Path.Combine(scratch.Path, name));
        }

        return scratch;
    }
}
