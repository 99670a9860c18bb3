using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// Resolves <c>#r "path.dll"</c> relative to the notebook's folder (or to the <c>#load</c>ed file that holds
/// it). When the process already has an assembly of that file name, that one is used: the notebook
/// typically references the library's build output, while the runner has the library loaded from its
/// own folder, and two copies would make two incompatible sets of types.
/// </summary>
internal sealed class NotebookMetadataResolver(string baseDirectory, bool requireFiles) : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver _files = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);

    /// <summary>Lets the compiler ask for the dependencies of referenced assemblies (ScottPlot → SkiaSharp).</summary>
    public override bool ResolveMissingAssemblies => true;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var fileName = Path.GetFileName(reference);
        if (fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            && (!requireFiles || File.Exists(FullPath(reference, baseFilePath)))
            && LoadedAssemblies.Find(Path.GetFileNameWithoutExtension(fileName)) is { } loaded)
        {
            return [LoadedAssemblies.Reference(loaded.Location).WithProperties(properties)];
        }

        // Anything else (a file the process does not have, or a missing one, which the compiler then
        // reports as CS0006 naming the path) is left to Roslyn's own resolution.
        return _files.ResolveReference(reference, baseFilePath, properties);
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        ArgumentNullException.ThrowIfNull(referenceIdentity);
        return LoadedAssemblies.Find(referenceIdentity.Name) is { } loaded
            ? LoadedAssemblies.Reference(loaded.Location)
            : _files.ResolveMissingAssembly(definition, referenceIdentity);
    }

    public override bool Equals(object? other) =>
        other is NotebookMetadataResolver resolver && resolver._files.Equals(_files) && resolver.RequireFiles == RequireFiles;

    public override int GetHashCode() => HashCode.Combine(_files, RequireFiles);

    private bool RequireFiles => requireFiles;

    private string FullPath(string reference, string? baseFilePath)
    {
        var folder = baseFilePath is null ? baseDirectory : Path.GetDirectoryName(baseFilePath) ?? baseDirectory;
        return Path.GetFullPath(Path.Combine(folder, reference));
    }
}
