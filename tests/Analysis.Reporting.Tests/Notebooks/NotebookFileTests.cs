using Analysis.Reporting.Notebooks;

namespace Analysis.Reporting.Tests.Notebooks;

public sealed class NotebookFileTests
{
    private const string Minimal = """
        {"nbformat": 4, "nbformat_minor": 2, "metadata": {"zeta": {"b": 1, "a": "é <b>"}, "kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)"}},
         "cells": [{"cell_type": "code", "source": "var a = 1;\nvar b = 2;", "metadata": {"tags": ["chart"], "polyglot_notebook": {"kernelName": "csharp"}}, "outputs": [], "execution_count": null},
                   {"cell_type": "markdown", "source": ["# Title\n", "text"], "metadata": {}}]}
        """;

    [Fact]
    public void Parse_ReadsSourceAsOneText_WhenStoredAsAStringOrAsLines()
    {
        var notebook = Notebook.Parse(Minimal);

        Assert.Equal("var a = 1;\nvar b = 2;", notebook.Cells[0].Source);
        Assert.Equal("# Title\ntext", notebook.Cells[1].Source);
        Assert.Equal(["chart"], notebook.Cells[0].Tags);
        Assert.Equal("csharp", notebook.Cells[0].KernelName);
        Assert.Single(notebook.CodeCells);
    }

    [Fact]
    public void ToJson_WritesNbformatLayout_WhenSerialising()
    {
        var json = Notebook.Parse(Minimal).ToJson();

        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,", json, StringComparison.Ordinal);
        Assert.Contains("   \"source\": [\n    \"var a = 1;\\n\",\n    \"var b = 2;\"\n   ]", json, StringComparison.Ordinal);
        Assert.Contains("\"zeta\": {\n   \"a\": \"é <b>\",\n   \"b\": 1\n  }", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_IsStable_WhenReadBackAndWrittenAgain()
    {
        var once = Notebook.Parse(Minimal).ToJson();

        Assert.Equal(once, Notebook.Parse(once).ToJson());
    }

    [Fact]
    public void ToJson_KeepsTheFixtureBytes_WhenFixtureWasWrittenByNbformat()
    {
        // The fixtures were written by Python's json module as nbformat writes notebooks.
        var path = NotebookFixtures.InPlace("chart.ipynb");

        Assert.Equal(File.ReadAllText(path), Notebook.Load(path).ToJson());
    }

    [Fact]
    public void Save_WritesNothing_WhenFileAlreadyHoldsTheSameText()
    {
        using var scratch = new ScratchFolder();
        var notebook = Notebook.Parse(Minimal);

        Assert.True(notebook.Save(scratch["n.ipynb"]));
        Assert.False(notebook.Save(scratch["n.ipynb"]));
        Assert.Equal(["n.ipynb"], Directory.GetFiles(scratch.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void AddCode_GivesEachCellAnId_WhenFormatIsAtLeast45()
    {
        var notebook = Notebook.Parse(Minimal.Replace("\"nbformat_minor\": 2", "\"nbformat_minor\": 5", StringComparison.Ordinal));
        notebook.Cells[0].Json["id"] = "cell-3";
        notebook.Cells[1].Json["id"] = "intro";

        var cell = notebook.AddCode("var c = 3;");

        Assert.Equal("cell-4", cell.Id);
        Assert.Empty(NotebookValidator.Validate(notebook));
    }

    [Fact]
    public void Parse_Throws_WhenTextIsNotJson()
    {
        var exception = Assert.Throws<NotebookFormatException>(() => Notebook.Parse("{ cells: ", "x.ipynb"));

        Assert.Contains("x.ipynb is not valid JSON", exception.Message, StringComparison.Ordinal);
    }
}
