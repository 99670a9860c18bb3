using Analysis.Reporting.Notebooks;

namespace Analysis.Briefing.Tests;

/// <summary><c>briefing notebooks</c>: runs notebooks headless, saves their outputs, stops at a failing cell.</summary>
public sealed class NotebooksCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notebooks-command-" + Guid.NewGuid().ToString("N"));

    public NotebooksCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Notebooks_RunsAndSavesOutputs_WhenEveryCellSucceeds()
    {
        Write("good", "var x = 40;", "x + 2");

        var (code, stdout, stderr) = Runner.Run("notebooks", "--folder", _folder);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("Ran      good.ipynb: 2 cells, outputs saved", stdout, StringComparison.Ordinal);
        Assert.Contains("42", string.Concat(Notebook.Load(Path.Combine(_folder, "good.ipynb")).CodeCells.Last().Outputs.Single().Data.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Notebooks_ExitsWith5AndNamesTheCell_WhenACellFails()
    {
        Write("bad", "var x = 1;", "undefinedName + 1");

        var (code, _, stderr) = Runner.Run("notebooks", "bad", "--folder", _folder, "--no-save");

        Assert.Equal(5, code);
        Assert.StartsWith("error: bad.ipynb: cell 2 ", stderr, StringComparison.Ordinal);
        Assert.Contains("CS0103", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "error: notebook 'missing.ipynb' not found")]
    public void Notebooks_ExitsWith1_WhenANamedNotebookIsMissing(string name, string message)
    {
        var (code, _, stderr) = Runner.Run("notebooks", name, "--folder", _folder);

        Assert.Equal(1, code);
        Assert.StartsWith(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Notebooks_ExitsWith1_WhenTheFolderHasNoNotebook()
    {
        var (code, _, stderr) = Runner.Run("notebooks", "--folder", _folder);

        Assert.Equal(1, code);
        Assert.StartsWith("error: no notebook (.ipynb) in", stderr, StringComparison.Ordinal);
    }

    private void Write(string name, params string[] cells)
    {
        var notebook = Notebook.CreatePolyglot();
        foreach (var cell in cells)
        {
            notebook.AddCode(cell);
        }

        notebook.Save(Path.Combine(_folder, name + ".ipynb"));
    }
}
