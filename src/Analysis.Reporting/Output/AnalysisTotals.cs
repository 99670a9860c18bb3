using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Stories;

namespace Analysis.Reporting.Output;

/// <summary>What an export computed once the whole corpus was read: the figures behind the files and the charts.</summary>
/// <param name="Counts">The co-occurrence counts of every period unit and window.</param>
/// <param name="Actors">Every actor found, most reported first.</param>
/// <param name="Titles">The titles each actor was given, by date.</param>
/// <param name="Network">The network measures of each period of the network's unit, then of the whole corpus.</param>
/// <param name="Changes">What changed from one period to the next: the counts of each step and the changes a
/// report quotes (every change is in <c>changes.csv</c>).</param>
/// <param name="Stories">The stories the articles were grouped into.</param>
/// <param name="Settings">What was counted.</param>
public sealed record AnalysisTotals(
    CooccurrenceCounts Counts,
    IReadOnlyList<ActorSummary> Actors,
    IReadOnlyList<ActorTitle> Titles,
    IReadOnlyList<NetworkRow> Network,
    ChangeDigest Changes,
    IReadOnlyList<Story> Stories,
    ExportSettings Settings);
