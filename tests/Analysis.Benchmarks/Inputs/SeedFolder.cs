namespace Analysis.Benchmarks.Inputs;

/// <summary>
/// Finds the repository's <c>seeds/</c> folder. BenchmarkDotNet runs every benchmark in a child process
/// it generates and builds under <c>bin/</c>, with a working directory of its own, so the folder is
/// looked for in order: the <see cref="EnvironmentVariable"/> (which <see cref="Program"/> sets before
/// the child processes start, and which they inherit), then upwards from the working directory, then
/// upwards from the running assembly (the child's binaries sit below this project's <c>bin/</c>).
/// </summary>
public static class SeedFolder
{
    /// <summary>The environment variable that names the seeds folder explicitly.</summary>
    public const string EnvironmentVariable = "ANALYSIS_BENCHMARK_SEEDS";

    /// <summary>The seeds folder, as an absolute path.</summary>
    /// <exception cref="DirectoryNotFoundException">No candidate holds a seeds folder.</exception>
    public static string Locate()
    {
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Directory.Exists(named)
                ? Path.GetFullPath(named)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} names '{named}', which is not a folder; unset it or correct it.");
        }

        return Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                $"No seeds/ folder beside an Analysis.sln above '{Environment.CurrentDirectory}' or '{AppContext.BaseDirectory}'; "
                + $"run from the repository or set {EnvironmentVariable} to the folder of articles.");
    }

    // The repository root is the folder holding Analysis.sln; its seeds/ is the demo corpus.
    private static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var seeds = Path.Combine(folder.FullName, "seeds");
            if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln")) && Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        return null;
    }
}
