using Analysis.Core.IO;
using Analysis.Reporting.Notebooks;

namespace Analysis.Reporting.Tests.Notebooks;

/// <summary>
/// The project's notebooks (notebooks/*.ipynb) really run: every code cell, in order, in a fresh state,
/// as VS Code Polyglot Notebooks would run them, and the committed files show their outputs.
/// </summary>
public sealed class ProjectNotebookTests
{
    private static readonly string Folder = Path.Combine(ProjectFolders.Root(AppContext.BaseDirectory), "notebooks");

    public static TheoryData<string> Notebooks => [.. Directory.GetFiles(Folder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()];

    [Fact]
    public void Folder_HoldsTheNotebooksOfTheIssue()
    {
        Assert.Equal(
            ["01-corpus.ipynb", "02-actors.ipynb", "03-cooccurrence-over-time.ipynb", "04-briefing.ipynb"],
            Directory.GetFiles(Folder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Run_RunsEveryCell_AndEveryChartCellShowsAnImage(string name)
    {
        var options = new NotebookRunOptions
        {
#if !DEBUG
            // The notebooks reference the Debug build of the library, as the README tells users to build it.
            RequireReferencedFiles = false,
#endif
        };

        var result = NotebookRunner.Run(Path.Combine(Folder, name), options);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(result.Notebook.CodeCells.Count(), result.CellsRun);
        // The committed outputs are this run's: outputs are deterministic, so a difference means the
        // notebook or the library changed and the notebooks were not run again.
        Assert.True(
            result.Notebook.ToJson() == File.ReadAllText(Path.Combine(Folder, name)),
            $"{name}'s committed outputs are stale: run `dotnet run --project src/Analysis.Briefing -- notebooks` and commit the notebooks.");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void SetupCell_DeclaresEveryPackageTheLibraryNeeds_SoTheRealKernelCanLoadIt(string name)
    {
        // The headless runner supplies any assembly its own process has; Polyglot Notebooks restores only
        // what the notebook declares. The kernel brings its own Formatting package.
        var setup = Notebook.Load(Path.Combine(Folder, name)).CodeCells.First().Source;
        var needed = LibraryPackages().Where(p => p.Name != "Microsoft.DotNet.Interactive.Formatting");

        Assert.All(needed, p => Assert.Contains($"#r \"nuget: {p.Name}, {p.Version}\"", setup, StringComparison.Ordinal));
        Assert.Contains("#r \"../src/Analysis.Core/bin/Debug/net10.0/Analysis.Core.dll\"", setup, StringComparison.Ordinal);
    }

    // Analysis.Core's direct package dependencies, from this test's dependency manifest.
    private static IEnumerable<(string Name, string Version)> LibraryPackages()
    {
        var manifest = Directory.GetFiles(AppContext.BaseDirectory, "Analysis.Reporting.Tests.deps.json").Single();
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        var core = json.RootElement.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject().Single(l => l.Name.StartsWith("Analysis.Core/", StringComparison.Ordinal));
        return [.. core.Value.GetProperty("dependencies").EnumerateObject().Select(d => (d.Name, d.Value.GetString()!))];
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void CommittedFile_IsValidAndShowsItsOutputs_WithoutRunning(string name)
    {
        var path = Path.Combine(Folder, name);
        var notebook = Notebook.Load(path);

        Assert.Empty(NotebookValidator.ValidateFile(path));
        Assert.Equal(".net-csharp", notebook.Metadata["kernelspec"]?["name"]?.GetValue<string>());
        // Every cell but the setup one ends in a value to show.
        Assert.All(notebook.CodeCells.Skip(1), cell => Assert.NotEmpty(cell.Outputs));
        Assert.All(
            notebook.CodeCells.Where(c => c.Tags.Contains(NotebookRunner.ChartTag)),
            cell => Assert.Contains(cell.Outputs, o => o.HasImage));
    }
}
