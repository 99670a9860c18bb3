using Analysis.Core.Actors;
using Analysis.Core.Text;

namespace Analysis.Reporting.Briefing;

/// <summary>The actor names closest to a name that matched none, for an error message a user can act on.</summary>
internal static class ClosestNames
{
    /// <summary>Up to <paramref name="count"/> canonical names among <paramref name="actors"/>, closest to <paramref name="name"/> first.</summary>
    public static IReadOnlyList<string> Among(string name, IReadOnlyList<ActorSummary> actors, int count = 3)
    {
        var wanted = TextFolding.Fold(name).ToLowerInvariant();
        return
        [
            .. actors
                .Where(a => a.Actor.Type != ActorType.Place)
                .Select(a => (a.Actor.Name, Distance: a.Aliases.Append(a.Actor.Name).Append(a.Actor.Id).Min(alias => Distance(wanted, TextFolding.Fold(alias).ToLowerInvariant()))))
                .OrderBy(a => a.Distance)
                .ThenBy(a => a.Name, StringComparer.Ordinal)
                .Take(count)
                .Select(a => a.Name),
        ];
    }

    // Edit distance, except that a name containing what was typed ("goita" in "assimi goita") is close.
    private static int Distance(string wanted, string candidate) =>
        wanted.Length > 2 && candidate.Contains(wanted, StringComparison.Ordinal) ? 1 : EditDistance.Between(wanted, candidate);
}
