using System.Text.Json;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// The application's dependency manifests (<c>*.deps.json</c>), which say which assemblies each package
/// brought: the only reliable way from a package id to its assembly when the two names differ.
/// </summary>
internal static class PackageManifest
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Packages = new(Read);

    /// <summary>The simple names of the runtime assemblies of <paramref name="packageId"/> (case ignored); empty when unknown.</summary>
    public static IReadOnlyList<string> AssemblyNames(string packageId) => Packages.Value.GetValueOrDefault(packageId) ?? [];

    private static Dictionary<string, IReadOnlyList<string>> Read()
    {
        var packages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        // The host names the manifests it read; a test host may not, so the application folder's are read too.
        var files = ((AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.deps.json"))
            .Distinct(StringComparer.Ordinal);
        foreach (var file in files.Where(File.Exists))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                if (!document.RootElement.TryGetProperty("targets", out var targets))
                {
                    continue;
                }

                foreach (var library in targets.EnumerateObject().SelectMany(target => target.Value.EnumerateObject()))
                {
                    if (library.Value.TryGetProperty("runtime", out var runtime))
                    {
                        var id = library.Name.Split('/')[0];
                        packages.TryAdd(id, [.. runtime.EnumerateObject().Select(a => Path.GetFileNameWithoutExtension(a.Name))]);
                    }
                }
            }
            catch (JsonException)
            {
                // A manifest that cannot be read only means fewer packages are known; the directive's error says so.
            }
        }

        return packages;
    }
}
