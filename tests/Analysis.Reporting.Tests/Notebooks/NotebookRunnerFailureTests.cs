using Analysis.Reporting.Notebooks;

namespace Analysis.Reporting.Tests.Notebooks;

public sealed class NotebookRunnerFailureTests
{
    private static NotebookRunOptions Options => new() { PackageVersionsFile = NotebookFixtures.PackageVersions };

    [Fact]
    public async Task RunAsync_NamesBothVersions_WhenPackageVersionIsNotThePinnedOne()
    {
        var failure = await FailureOf("wrong-version.ipynb");

        Assert.Equal((NotebookFailureKind.Directive, 1, 0), (failure.Kind, failure.CellNumber, failure.CellIndex));
        Assert.Contains("ScottPlot 9.9.9", failure.Message, StringComparison.Ordinal);
        Assert.Contains("pins ScottPlot 5.1.59", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Directory.Packages.props", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SaysThePackageIsNotPinned_WhenPackageIsMissingFromTheProps()
    {
        var failure = await FailureOf("unpinned.ipynb");

        Assert.Equal((NotebookFailureKind.Directive, 2, 1), (failure.Kind, failure.CellNumber, failure.CellIndex));
        Assert.Contains("Newtonsoft.Json is not pinned", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReportsTheCellNumberAndIndex_WhenCellDoesNotCompile()
    {
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace("compile-error.ipynb"), Options);

        var failure = Assert.IsType<NotebookCellFailure>(result.Failure);
        Assert.Equal((NotebookFailureKind.Compilation, 2, 3), (failure.Kind, failure.CellNumber, failure.CellIndex));
        Assert.Contains("CS0103", failure.Message, StringComparison.Ordinal);
        Assert.Contains("missing", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.CellsRun);
        Assert.StartsWith("compile-error.ipynb: cell 2 (index 3 among all cells) does not compile: (1,21)", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal("error", result.Notebook.Cells[3].Outputs.Single().OutputType);
    }

    [Fact]
    public async Task RunAsync_ReportsTheExceptionAndItsLine_WhenCellThrows()
    {
        var failure = await FailureOf("runtime-error.ipynb");

        Assert.Equal((NotebookFailureKind.Runtime, 2, 1), (failure.Kind, failure.CellNumber, failure.CellIndex));
        Assert.Contains("System.InvalidOperationException: the corpus folder is empty", failure.Message, StringComparison.Ordinal);
        Assert.Contains("line 3 of the cell", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Fails_WhenChartTaggedCellDisplaysNoImage()
    {
        var failure = await FailureOf("chart-missing.ipynb");

        Assert.Equal((NotebookFailureKind.MissingChart, 2, 2), (failure.Kind, failure.CellNumber, failure.CellIndex));
        Assert.Contains("cell 2 (index 2 among all cells) is tagged chart but displayed no image", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TimesOut_WhenCellRunsLongerThanTheLimit()
    {
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace("slow.ipynb"), Options with { CellTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(NotebookFailureKind.Timeout, result.Failure?.Kind);
    }

    [Theory]
    [InlineData("other-kernel.ipynb", "\"pwsh\" kernel")]
    [InlineData("magic.ipynb", "#!time is not supported")]
    public async Task RunAsync_FailsWithADirectiveError_WhenCellNeedsMoreThanCSharp(string notebook, string expected)
    {
        var failure = await FailureOf(notebook);

        Assert.Equal(NotebookFailureKind.Directive, failure.Kind);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrowIfFailed_ThrowsWithTheFailure_WhenACellFailed()
    {
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace("compile-error.ipynb"), Options);

        var exception = Assert.Throws<NotebookRunException>(result.ThrowIfFailed);
        Assert.Equal(result.Failure, exception.Failure);
        Assert.Contains("compile-error.ipynb: cell 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FailsOnAMissingFile_WhenReferencedDllDoesNotExist()
    {
        using var scratch = new ScratchFolder();
        var notebook = Notebook.CreatePolyglot();
        notebook.AddCode("#r \"bin/Analysis.Core.dll\"\nvar x = 1;");
        notebook.Save(scratch["missing-dll.ipynb"]);

        var result = await NotebookRunner.RunAsync(scratch["missing-dll.ipynb"], Options);

        Assert.Equal(NotebookFailureKind.Compilation, result.Failure?.Kind);
        Assert.Contains("CS0006", result.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Throws_WhenFileIsNotANotebook()
    {
        using var scratch = new ScratchFolder();
        await File.WriteAllTextAsync(scratch["not.ipynb"], "{ \"nbformat\": 4 }");

        var exception = await Assert.ThrowsAsync<NotebookFormatException>(() => NotebookRunner.RunAsync(scratch["not.ipynb"], Options));
        Assert.Contains("not.ipynb has no \"cells\" array", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<NotebookCellFailure> FailureOf(string notebook)
    {
        var result = await NotebookRunner.RunAsync(NotebookFixtures.InPlace(notebook), Options);
        Assert.False(result.Succeeded, $"{notebook} should fail");
        return result.Failure!;
    }
}
