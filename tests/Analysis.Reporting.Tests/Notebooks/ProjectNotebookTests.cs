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
            ["01-corpus.ipynb", "02-actors.ipynb", "03-cooccurrence-over-time.ipynb"],
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
