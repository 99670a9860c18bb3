using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// The assemblies a notebook may use without a restore: the .NET runtime's, and those the runner's own
/// process has loaded or can load (its dependencies). Using the process's copy, never a second one from
/// another folder, keeps type identity: a <c>Plot</c> made in a cell is the <c>Plot</c> the formatters know.
/// </summary>
internal static class LoadedAssemblies
{
    private static readonly Lazy<string[]> PlatformAssemblies = new(() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

    // The runtime's own assemblies (System.*, Microsoft.*) only, as the kernel gives every cell: the app's
    // other dependencies stay invisible until a cell asks for them with #r, as in Polyglot Notebooks.
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        return PlatformAssemblies.Value
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)Reference(p))
            .ToList();
    });

    // Reading an assembly's metadata costs time and memory; one reference per file serves every compilation.
    private static readonly ConcurrentDictionary<string, PortableExecutableReference> References = new(StringComparer.Ordinal);

    /// <summary>References to the runtime's assemblies.</summary>
    public static IReadOnlyList<MetadataReference> FrameworkReferences => Framework.Value;

    /// <summary>
    /// The process's assembly named <paramref name="simpleName"/>: one already loaded, or one among the
    /// application's dependencies, loaded now; null when the process has none of that name.
    /// </summary>
    public static Assembly? Find(string simpleName)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null)
        {
            return loaded;
        }

        var dependency = PlatformAssemblies.Value.FirstOrDefault(p => string.Equals(Path.GetFileNameWithoutExtension(p), simpleName, StringComparison.OrdinalIgnoreCase));
        if (dependency is null)
        {
            return null;
        }

        try
        {
            return Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(dependency)));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// What stands in for a package's restore: the process's assembly named like the package
    /// (<c>ScottPlot</c> → <c>ScottPlot.dll</c>) or, for a package whose assembly has another name
    /// (<c>UTF.Unknown</c> → <c>UtfUnknown.dll</c>), the one the application's dependency manifest lists for
    /// it. Its own dependencies are found when the compiler asks for them (see <see cref="NotebookMetadataResolver"/>).
    /// </summary>
    public static MetadataReference? ForPackage(string packageId)
    {
        var assembly = Find(packageId) ?? PackageManifest.AssemblyNames(packageId).Select(Find).FirstOrDefault(a => a is not null);
        return assembly is null ? null : Reference(assembly.Location);
    }

    /// <summary>A reference to the assembly file at <paramref name="path"/>, shared by every compilation.</summary>
    public static PortableExecutableReference Reference(string path) =>
        References.GetOrAdd(path, static p => MetadataReference.CreateFromFile(p));
}
