namespace Analysis.Reporting.Notebooks;

/// <summary>A <c>#r "nuget: Name, Version"</c> directive of a cell.</summary>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version asked for, or empty when the directive gives none.</param>
/// <param name="Line">The directive's line in the cell, from 1.</param>
internal sealed record PackageReference(string Name, string Version, int Line)
{
    /// <summary>The directive as a notebook writes it.</summary>
    public string Directive => Version.Length > 0 ? $"#r \"nuget: {Name}, {Version}\"" : $"#r \"nuget: {Name}\"";
}
