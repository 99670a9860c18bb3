using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Briefing;

/// <summary>What one run was asked to do.</summary>
/// <param name="Corpus">The corpus folder, as given.</param>
/// <param name="Output">The output folder, as given.</param>
/// <param name="Actors">A dictionary file extending the default one, as given; null for the default alone.</param>
/// <param name="Periods">The period units to count besides the whole corpus; null for months.</param>
/// <param name="MinSupport">The fewest articles a tie must be seen in, in a period, to be written.</param>
internal sealed record RunSettings(string Corpus, string Output, string? Actors = null, IReadOnlyList<PeriodUnit>? Periods = null, int MinSupport = 1);
