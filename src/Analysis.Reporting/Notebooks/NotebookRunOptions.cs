namespace Analysis.Reporting.Notebooks;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Run without saving, two minutes per cell, versions from the nearest Directory.Packages.props.</summary>
    public static NotebookRunOptions Default { get; } = new();

    /// <summary>Write the outputs back into the .ipynb when every cell succeeded.</summary>
    public bool Save { get; init; }

    /// <summary>The longest a cell may run; a cell still running then fails the notebook.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The file whose versions <c>#r "nuget: …"</c> must match; null to use the nearest
    /// <c>Directory.Packages.props</c> in the notebook's folder or above, as MSBuild does.
    /// </summary>
    public string? PackageVersionsFile { get; init; }

    /// <summary>
    /// Whether a <c>#r "path.dll"</c> must name an existing file even when the runner already has that
    /// assembly loaded: true, so a path that would fail in VS Code fails here too.
    /// </summary>
    public bool RequireReferencedFiles { get; init; } = true;
}
