using Analysis.Core.Cooccurrence;

namespace Analysis.Reporting.Briefing;

/// <summary>One order for "the strongest ties" wherever the briefing names them: stories, then articles, then windows, then names.</summary>
internal static class TieRanking
{
    public static List<CooccurrenceRow> StrongestFirst(IEnumerable<CooccurrenceRow> ties) =>
        [
            .. ties
                .OrderByDescending(r => r.Stories).ThenByDescending(r => r.Documents).ThenByDescending(r => r.Weight)
                .ThenBy(r => r.A.Name, StringComparer.Ordinal).ThenBy(r => r.B.Name, StringComparer.Ordinal),
        ];

    /// <summary>Whether two ties are equally strong by every count the ranking uses.</summary>
    public static bool SameStrength(CooccurrenceRow a, CooccurrenceRow b) =>
        a.Stories == b.Stories && a.Documents == b.Documents && a.Weight == b.Weight;
}
