using Analysis.Core.Notebook;
using Analysis.Reporting.Notebooks;
using Microsoft.CodeAnalysis;

namespace Analysis.Reporting.Tests.Notebooks;

public sealed class NotebookDirectiveTests
{
    public static TheoryData<string, string, string> NuGetLines => new()
    {
        { "#r \"nuget: ScottPlot, 5.1.59\"", "ScottPlot", "5.1.59" },
        { "#r \"nuget:ScottPlot,5.1.59\"", "ScottPlot", "5.1.59" },
        { "  #r   \"nuget: Microsoft.Data.Analysis ,  0.23.1 \"  ", "Microsoft.Data.Analysis", "0.23.1" },
        { "#r \"nuget: ScottPlot\"", "ScottPlot", "" },
    };

    [Theory]
    [MemberData(nameof(NuGetLines))]
    public void Prepare_TakesOutThePackage_WhenLineIsANuGetDirective(string line, string name, string version)
    {
        var prepared = CellDirectives.Prepare($"var before = 1;\n{line}\nvar after = 2;");

        var package = Assert.Single(prepared.Packages);
        Assert.Equal((name, version, 2), (package.Name, package.Version, package.Line));
        Assert.Equal("var before = 1;\n\nvar after = 2;", prepared.Code);
        Assert.Empty(prepared.Problems);
    }

    [Theory]
    [InlineData("#r \"../lib/Analysis.Core.dll\"")]
    [InlineData("#load \"helpers.csx\"")]
    [InlineData("var nuget = \"#r\";")]
    public void Prepare_LeavesTheLineToRoslyn_WhenItIsNotAKernelDirective(string line)
    {
        var prepared = CellDirectives.Prepare(line);

        Assert.Equal(line, prepared.Code);
        Assert.Empty(prepared.Packages);
        Assert.Empty(prepared.Problems);
    }

    [Theory]
    [InlineData("#!csharp\nvar x = 1;", "\nvar x = 1;", 0)]
    [InlineData("#!time\nvar x = 1;", "#!time\nvar x = 1;", 1)]
    [InlineData("#i \"nuget: https://example.org/feed\"", "#i \"nuget: https://example.org/feed\"", 1)]
    public void Prepare_HandlesKernelCommands_WhenCellHasThem(string source, string code, int problems)
    {
        var prepared = CellDirectives.Prepare(source);

        Assert.Equal(code, prepared.Code);
        Assert.Equal(problems, prepared.Problems.Count);
    }

    [Fact]
    public void Check_AcceptsThePinnedVersion_WhenVersionsMatch()
    {
        var pins = PackagePins.Load(NotebookFixtures.PackageVersions);

        Assert.Null(pins.Check(new("ScottPlot", "5.1.59", 1)));
        Assert.Null(pins.Check(new("microsoft.data.analysis", "0.23.1", 1)));
    }

    [Theory]
    [InlineData("ScottPlot", "9.9.9", "asks for ScottPlot 9.9.9 but")]
    [InlineData("ScottPlot", "", "gives no version")]
    [InlineData("Newtonsoft.Json", "13.0.3", "Newtonsoft.Json is not pinned")]
    public void Check_ExplainsTheMismatch_WhenVersionIsNotPinned(string name, string version, string expected)
    {
        var message = PackagePins.Load(NotebookFixtures.PackageVersions).Check(new(name, version, 1));

        Assert.NotNull(message);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_GivesTheRepositoryProps_WhenStartingInAFolderBelowIt()
    {
        Assert.Equal(NotebookFixtures.PackageVersions, PackagePins.Find(NotebookFixtures.Folder));
    }

    [Fact]
    public void ResolveReference_GivesTheLoadedAssembly_WhenAnotherCopyIsReferenced()
    {
        using var scratch = new ScratchFolder();
        var loaded = typeof(NotebookDisplay).Assembly.Location;
        Directory.CreateDirectory(scratch["lib"]);
        File.Copy(loaded, Path.Combine(scratch["lib"], "Analysis.Core.dll"));
        var resolver = new NotebookMetadataResolver(scratch.Path, requireFiles: true);

        var reference = Assert.Single(resolver.ResolveReference("lib/Analysis.Core.dll", null, MetadataReferenceProperties.Assembly));

        Assert.Equal(loaded, reference.FilePath);
    }

    [Fact]
    public void ResolveReference_LoadsTheFile_WhenTheProcessHasNoSuchAssembly()
    {
        using var scratch = new ScratchFolder();
        var dll = scratch["Unrelated.Notebook.Helper.dll"];
        File.Copy(typeof(NotebookDisplay).Assembly.Location, dll);
        var resolver = new NotebookMetadataResolver(scratch.Path, requireFiles: true);

        var reference = Assert.Single(resolver.ResolveReference("Unrelated.Notebook.Helper.dll", null, MetadataReferenceProperties.Assembly));

        Assert.Equal(dll, reference.FilePath);
    }

    [Fact]
    public void ResolveReference_FindsNothing_WhenFileIsMissingAndFilesAreRequired()
    {
        using var scratch = new ScratchFolder();
        var resolver = new NotebookMetadataResolver(scratch.Path, requireFiles: true);

        Assert.Empty(resolver.ResolveReference("bin/Analysis.Core.dll", null, MetadataReferenceProperties.Assembly));
        Assert.Single(new NotebookMetadataResolver(scratch.Path, requireFiles: false)
            .ResolveReference("bin/Analysis.Core.dll", null, MetadataReferenceProperties.Assembly));
    }

    [Fact]
    public void ForPackage_GivesTheProcessAssembly_WhenPackageIsADependency()
    {
        var reference = Assert.IsType<PortableExecutableReference>(LoadedAssemblies.ForPackage("ScottPlot"), exactMatch: false);

        Assert.Equal(typeof(ScottPlot.Plot).Assembly.Location, reference.FilePath);
        Assert.Null(LoadedAssemblies.ForPackage("Newtonsoft.Json.NotHere"));
    }
}
