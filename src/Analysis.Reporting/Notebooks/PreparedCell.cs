namespace Analysis.Reporting.Notebooks;

/// <summary>A code cell ready for Roslyn: its directives for the kernel taken out, its code kept line for line.</summary>
/// <param name="Code">The code to compile; removed directive lines are left empty so compiler positions match the cell.</param>
/// <param name="Packages">The <c>#r "nuget: …"</c> directives.</param>
/// <param name="Problems">Directives the headless runner cannot honour, each a message.</param>
internal sealed record PreparedCell(string Code, IReadOnlyList<PackageReference> Packages, IReadOnlyList<string> Problems);
