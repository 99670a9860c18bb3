using System.Text.Json.Nodes;
using Analysis.Reporting.Notebooks;

namespace Analysis.Reporting.Tests.Notebooks;

public sealed class NotebookValidatorTests
{
    public static TheoryData<string> Fixtures => new(
        Directory.GetFiles(NotebookFixtures.Folder, "*.ipynb").Select(Path.GetFileName).Where(n => n != "broken.ipynb")!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ValidateFile_FindsNoProblem_WhenFixtureIsWellFormed(string name)
    {
        Assert.Empty(NotebookValidator.ValidateFile(NotebookFixtures.InPlace(name)));
    }

    [Fact]
    public void ValidateFile_ListsEveryProblem_WhenNotebookIsBroken()
    {
        var problems = NotebookValidator.ValidateFile(NotebookFixtures.InPlace("broken.ipynb"));

        Assert.Contains("notebook: \"extra\" is not allowed here", problems);
        Assert.Contains("metadata.kernelspec: \"display_name\" is required", problems);
        Assert.Contains("cells[0]: \"execution_count\" is required", problems);
        Assert.Contains("cells[0].outputs[0]: \"data\" is required", problems);
        Assert.Contains("cells[1].source: must be a string or an array of strings", problems);
        Assert.Contains("cells[2].cell_type: must be code, markdown or raw, not \"sketch\"", problems);
        Assert.Equal(6, problems.Count);
    }

    [Theory]
    [InlineData("""{"output_type": "stream", "text": "x"}""", "cells[0].outputs[0]: \"name\" is required")]
    [InlineData("""{"output_type": "result"}""", "cells[0].outputs[0].output_type: must be execute_result, display_data, stream or error, not \"result\"")]
    [InlineData("""{"output_type": "execute_result", "data": {}, "metadata": {}, "execution_count": -1}""", "cells[0].outputs[0].execution_count: must be null or a non-negative integer")]
    [InlineData("""{"output_type": "display_data", "data": {"image/png": 5}, "metadata": {}}""", "cells[0].outputs[0].data[\"image/png\"]: must be a string or an array of strings")]
    [InlineData("""{"output_type": "error", "ename": "E", "evalue": "v"}""", "cells[0].outputs[0]: \"traceback\" is required")]
    public void Validate_RejectsTheOutput_WhenItBreaksTheSchema(string output, string expected)
    {
        var notebook = JsonNode.Parse($$$"""
            {"nbformat": 4, "nbformat_minor": 2, "metadata": {},
             "cells": [{"cell_type": "code", "source": "", "metadata": {}, "execution_count": 1, "outputs": [{{{output}}}]}]}
            """);

        Assert.Contains(expected, NotebookValidator.Validate(notebook));
    }

    [Theory]
    [InlineData("", "cells[0]: \"id\" is required")]
    [InlineData(""" "id": "a b", """, "cells[0].id: must be 1 to 64 letters, digits, '-' or '_'")]
    [InlineData(""" "id": "same", """, "cells[1].id: \"same\" is used by another cell")]
    public void Validate_ChecksCellIds_WhenFormatIsAtLeast45(string id, string expected)
    {
        var second = id.Contains("same", StringComparison.Ordinal) ? id : """ "id": "other", """;
        var notebook = JsonNode.Parse($$$"""
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
             "cells": [{{{{id}}} "cell_type": "markdown", "source": "", "metadata": {}},
                       {{{{second}}} "cell_type": "markdown", "source": "", "metadata": {}}]}
            """);

        Assert.Contains(expected, NotebookValidator.Validate(notebook));
    }

    [Fact]
    public void Validate_RejectsTheFormat_WhenMajorVersionIsNot4()
    {
        var problems = NotebookValidator.Validate(JsonNode.Parse("""{"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "cells": []}"""));

        Assert.Equal(["nbformat: must be 4"], problems);
    }

    [Fact]
    public void ValidateFile_ReportsOneProblem_WhenFileIsNotJson()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch["bad.ipynb"], "not json");

        Assert.StartsWith("not valid JSON", Assert.Single(NotebookValidator.ValidateFile(scratch["bad.ipynb"])), StringComparison.Ordinal);
    }
}
