using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Analysis.Briefing.Tests;

/// <summary>
/// The project's structural rules, checked on every build: one direction of dependency, versions only
/// in Directory.Packages.props, small files, no build output in git's way. A rule broken here is a
/// design decision to discuss, not a test to silence.
/// </summary>
public sealed partial class ConventionsTests
{
    private static string Root => RepositoryPaths.Root;

    [Fact]
    public void Core_DependsOnNeitherReportingNorTheRunner()
    {
        var core = typeof(Analysis.Core.Corpus.Document).Assembly;
        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name is "Analysis.Reporting" or "briefing");
    }

    [Fact]
    public void Reporting_DoesNotDependOnTheRunner()
    {
        var reporting = typeof(Analysis.Reporting.Output.DataExport).Assembly;
        Assert.DoesNotContain(reporting.GetReferencedAssemblies(), a => a.Name == "briefing");
    }

    [Fact]
    public void Projects_TakePackageVersionsOnlyFromDirectoryPackagesProps()
    {
        foreach (var project in Directory.GetFiles(Root, "*.csproj", SearchOption.AllDirectories).Where(IsProjectFile))
        {
            var versioned = XDocument.Load(project).Descendants("PackageReference").Where(r => r.Attribute("Version") is not null);
            Assert.True(!versioned.Any(), $"{Path.GetFileName(project)} pins a version: move it to Directory.Packages.props");
        }
    }

    [Fact]
    public void SourceFiles_StayUnder300Lines()
    {
        var large = Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(IsProjectFile)
            .Select(f => (File: Path.GetRelativePath(Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 300)
            .ToList();
        Assert.True(large.Count == 0, "split these files: " + string.Join(", ", large));
    }

    [Fact]
    public void Program_HoldsNoLogic()
    {
        var program = File.ReadAllLines(Path.Combine(Root, "src", "Analysis.Briefing", "Program.cs")).Where(l => l.Trim().Length > 0).ToList();
        Assert.True(program.Count <= 3, "Program.cs should only hand over to BriefingCommand");
    }

    [Fact]
    public void TestMethods_AreNamedMethodResultCondition()
    {
        // Read from the sources, so every test project is checked whichever ones were built.
        var badlyNamed = Directory.GetFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(IsProjectFile)
            .SelectMany(f => TestMethod().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Name: m.Groups["name"].Value)))
            .Where(test => test.Name.Split('_').Length < 2)
            .Select(test => $"{test.File}: {test.Name}")
            .ToList();
        Assert.True(badlyNamed.Count == 0, "name tests Method_Result_WhenCondition: " + string.Join(", ", badlyNamed));
    }

    [GeneratedRegex(@"\[(?:Fact|Theory)\][^{;]*?public (?:async Task|void) (?<name>\w+)\(", RegexOptions.None, 1000)]
    private static partial Regex TestMethod();

    private static bool IsProjectFile(string path) =>
        !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
