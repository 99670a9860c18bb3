using Analysis.Core.Notebook;
using Analysis.Reporting.Notebooks;

namespace Analysis.Reporting.Tests.Notebooks;

public sealed class NotebookRunnerTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static NotebookRunOptions Options => new() { PackageVersionsFile = NotebookFixtures.PackageVersions };

    [Fact]
    public async Task RunAsync_SharesStateAcrossCellsInOrder_WhenCellsUseEarlierVariables()
    {
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace("shared-state.ipynb"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(3, result.CellsRun);
        var cells = result.Notebook.CodeCells.ToList();
        Assert.Equal([1, 2, 3], cells.Select(c => c.ExecutionCount ?? 0));
        var printed = Assert.Single(cells[1].Outputs);
        Assert.Equal(("stream", "stdout", "Bonjour, Ouagadougou has 20 characters\n"), (printed.OutputType, printed.Name, printed.Text));
        var value = Assert.Single(cells[2].Outputs);
        Assert.Equal(("execute_result", 3), (value.OutputType, value.ExecutionCount ?? 0));
        // An int is shown as HTML by the Formatting package's defaults, as in the kernel.
        Assert.Contains("<pre>40</pre>", value.Data[MimeTypes.Html], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RecordsAPngDisplayAndAnHtmlResult_WhenCellsDisplayAPlotAndEndWithADataFrame()
    {
        // Run in place: Directory.Packages.props is found by walking up from the fixtures' folder.
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace("chart.ipynb"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var cells = result.Notebook.CodeCells.ToList();
        var chart = Assert.Single(cells[1].Outputs);
        Assert.Equal("display_data", chart.OutputType);
        Assert.Equal(PngSignature, Convert.FromBase64String(chart.Data[MimeTypes.Png]).Take(8));
        Assert.StartsWith("<img src=\"data:image/png;base64,", chart.Data[MimeTypes.Html], StringComparison.Ordinal);
        var table = Assert.Single(cells[2].Outputs).Data[MimeTypes.Html];
        Assert.Contains("<th>acteur</th>", table, StringComparison.Ordinal);
        Assert.Contains("Ibrahim Traoré", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LoadsTheScriptBesideTheNotebook_WhenCellUsesLoad()
    {
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace("load.ipynb"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Contains("<pre>42</pre>", Assert.Single(result.Notebook.CodeCells.Single().Outputs).Data[MimeTypes.Html], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UsesTheLoadedLibrary_WhenCellReferencesAnotherCopyOfItsDll()
    {
        using var scratch = NotebookFixtures.Copy("library.ipynb");
        var loaded = typeof(NotebookDisplay).Assembly.Location;
        File.Copy(loaded, scratch["Analysis.Core.dll"]);

        var result = await NotebookRunner.RunAsync(scratch["library.ipynb"], Options);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var cells = result.Notebook.CodeCells.ToList();
        Assert.Equal(loaded, Assert.Single(cells[1].Outputs).Data[MimeTypes.PlainText]);

        // The library's table formatter applies only if the cell's IngestRecord is the loaded one.
        var table = Assert.Single(cells[2].Outputs).Data[MimeTypes.Html];
        Assert.StartsWith("<table><thead><tr><th>file</th><th>status</th>", table, StringComparison.Ordinal);
        Assert.Contains("a/&lt;b&gt;.txt", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WritesOutputsAndLeavesTheFileByteIdentical_WhenRunTwice()
    {
        using var scratch = NotebookFixtures.Copy("chart.ipynb");
        var path = scratch["chart.ipynb"];
        var options = Options with { Save = true };

        var first = await NotebookRunner.RunAsync(path, options);
        var written = await File.ReadAllBytesAsync(path);
        var second = await NotebookRunner.RunAsync(path, options);

        Assert.True(first.Succeeded && second.Succeeded, first.Failure?.ToString() ?? second.Failure?.ToString());
        Assert.True(first.FileChanged);
        Assert.False(second.FileChanged);
        Assert.Equal(written, await File.ReadAllBytesAsync(path));
        Assert.Empty(NotebookValidator.ValidateFile(path));
        var saved = Notebook.Load(path);
        Assert.Equal([1, 2, 3], saved.CodeCells.Select(c => c.ExecutionCount ?? 0));
        Assert.True(saved.CodeCells.ElementAt(1).Outputs.Single().HasImage);
        Assert.Equal("as found", saved.Metadata["custom"]?["kept"]?.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_LeavesTheFileAlone_WhenSaveIsOff()
    {
        using var scratch = NotebookFixtures.Copy("shared-state.ipynb");
        var before = await File.ReadAllBytesAsync(scratch["shared-state.ipynb"]);

        var result = await NotebookRunner.RunAsync(scratch["shared-state.ipynb"], Options);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.False(result.FileChanged);
        Assert.Equal(before, await File.ReadAllBytesAsync(scratch["shared-state.ipynb"]));
    }

    [Fact]
    public async Task RunAsync_Throws_WhenTheRunIsCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => NotebookRunner.RunAsync(NotebookFixtures.InPlace("shared-state.ipynb"), Options, cancelled.Token));
    }

    [Fact]
    public void Run_RunsANotebookBuiltInCode_WhenCreatedForPolyglot()
    {
        using var scratch = new ScratchFolder();
        var notebook = Notebook.CreatePolyglot();
        notebook.AddMarkdown("# Built in code");
        notebook.AddCode("#r \"nuget: ScottPlot, 5.1.59\"\nvar plot = new ScottPlot.Plot();\nplot.Add.Bars(new double[] { 3, 5, 2 });\nplot", NotebookRunner.ChartTag);
        notebook.Save(scratch["built.ipynb"]);

        var result = NotebookRunner.Run(scratch["built.ipynb"], Options with { Save = true });

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.True(Notebook.Load(scratch["built.ipynb"]).CodeCells.Single().Outputs.Single().HasImage);
        Assert.Empty(NotebookValidator.ValidateFile(scratch["built.ipynb"]));
    }
}
