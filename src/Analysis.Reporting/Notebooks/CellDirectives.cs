using System.Text.RegularExpressions;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// Takes out of a cell the lines the .NET Interactive kernel handles itself rather than passing to the
/// C# compiler: <c>#r "nuget: …"</c> (a package restore) and the <c>#!csharp</c> kernel selector.
/// <c>#r "file.dll"</c> and <c>#load</c> stay: Roslyn scripting resolves them as the kernel does.
/// </summary>
internal static partial class CellDirectives
{
    public static PreparedCell Prepare(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Split('\n');
        var packages = new List<PackageReference>();
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (NuGet().Match(line) is { Success: true } nuget)
            {
                packages.Add(new PackageReference(nuget.Groups["name"].Value, nuget.Groups["version"].Value, i + 1));
                lines[i] = string.Empty;
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal) || line.StartsWith("#i\t", StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: {line} adds a package source, which the headless runner cannot use (its packages are those of its own process, pinned in Directory.Packages.props); remove the line");
            }
            else if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                if (line is "#!csharp" or "#!c#" or "#!C#")
                {
                    lines[i] = string.Empty;
                }
                else
                {
                    problems.Add($"line {i + 1}: the magic command {line.Split(' ')[0]} is not supported by the headless runner; keep cells to plain C#, #r and #load");
                }
            }
        }

        return new PreparedCell(string.Join('\n', lines), packages, problems);
    }

    // #r "nuget: ScottPlot, 5.1.59" with the kernel's tolerance for spaces; the version is optional in the
    // kernel (latest), and reported as missing here, since every version is pinned.
    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(?:,\s*(?<version>[^"\s]*)\s*)?"\s*$""", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NuGet();
}
