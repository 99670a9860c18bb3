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
    private static int Distance(string wanted, string candidate)
    {
        if (wanted.Length > 2 && candidate.Contains(wanted, StringComparison.Ordinal))
        {
            return 1;
        }

        var previous = new int[candidate.Length + 1];
        var current = new int[candidate.Length + 1];
        for (var j = 0; j <= candidate.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= wanted.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= candidate.Length; j++)
            {
                var substitution = previous[j - 1] + (wanted[i - 1] == candidate[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[candidate.Length];
    }
}
