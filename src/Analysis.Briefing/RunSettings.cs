namespace Analysis.Briefing;

/// <summary>What one run was asked to do.</summary>
/// <param name="Corpus">The corpus folder, as given.</param>
/// <param name="Output">The output folder, as given.</param>
internal sealed record RunSettings(string Corpus, string Output);
