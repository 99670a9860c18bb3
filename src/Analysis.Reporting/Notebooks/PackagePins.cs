using System.Xml;
using System.Xml.Linq;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// The package versions of <c>Directory.Packages.props</c>, which a notebook's <c>#r "nuget: …"</c> must
/// match: the notebook then uses the very versions the library was built and tested with.
/// </summary>
internal sealed class PackagePins
{
    private readonly Dictionary<string, string> _versions;

    private PackagePins(string path, Dictionary<string, string> versions)
    {
        Path = path;
        _versions = versions;
    }

    /// <summary>The file the versions come from.</summary>
    public string Path { get; }

    /// <summary>Reads the <c>PackageVersion</c> items of a props file.</summary>
    /// <exception cref="NotebookFormatException">The file is not readable XML.</exception>
    public static PackagePins Load(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{path} cannot be read as a Directory.Packages.props file: {e.Message}", e);
        }

        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in document.Descendants().Where(e => e.Name.LocalName == "PackageVersion"))
        {
            if (item.Attribute("Include")?.Value is { Length: > 0 } name && item.Attribute("Version")?.Value is { Length: > 0 } version)
            {
                versions[name] = version;
            }
        }

        return new PackagePins(System.IO.Path.GetFullPath(path), versions);
    }

    /// <summary>The nearest <c>Directory.Packages.props</c> in <paramref name="folder"/> or above it, as MSBuild finds it.</summary>
    public static string? Find(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = System.IO.Path.Combine(current.FullName, "Directory.Packages.props");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Why the directive does not match the pinned version, or null when it does.</summary>
    public string? Check(PackageReference package)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (!_versions.TryGetValue(package.Name, out var pinned))
        {
            return $"{package.Directive}: {package.Name} is not pinned in {Path}; add <PackageVersion Include=\"{package.Name}\" Version=\"…\" /> there and reference it from the library, or remove the directive";
        }

        if (package.Version.Length == 0)
        {
            return $"{package.Directive} gives no version; {Path} pins {package.Name} {pinned}: write #r \"nuget: {package.Name}, {pinned}\"";
        }

        return string.Equals(package.Version, pinned, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{package.Directive} asks for {package.Name} {package.Version} but {Path} pins {package.Name} {pinned}: write #r \"nuget: {package.Name}, {pinned}\"";
    }
}
