using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Dictionaries;

/// <summary>
/// Which actor each name form belongs to, compared as the matcher compares them (folded words for names,
/// exact text for acronyms). Two actors claiming one form is never resolved silently: within one file the
/// form matches neither and a warning says so; between a user's file and the default, the user's wins.
/// </summary>
internal static class AliasClaims
{
    /// <summary>Warnings for forms that two entries of one file share.</summary>
    public static IEnumerable<DictionaryWarning> SharedWithinOneFile(IReadOnlyList<Actor> actors)
    {
        foreach (var group in Claims(actors).GroupBy(c => c.Key).Where(g => g.Select(c => c.Actor.Id).Distinct().Count() > 1))
        {
            var owners = group.Select(c => c.Actor).DistinctBy(a => a.Id).ToList();
            yield return new DictionaryWarning(
                owners[1].Source,
                $"'{group.First().Written}' names both {string.Join(" and ", owners.Select(a => $"'{a.Id}' ({a.Source})"))}; it will match neither. Keep it in one entry.");
        }
    }

    /// <summary>
    /// <paramref name="actors"/> with every form that an <paramref name="overlay"/> entry also claims taken
    /// away, each removal reported in <paramref name="warnings"/>.
    /// </summary>
    public static List<Actor> YieldTo(List<Actor> actors, IReadOnlyList<Actor> overlay, List<DictionaryWarning> warnings)
    {
        var claimed = Claims(overlay).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().Actor);
        var result = new List<Actor>(actors.Count);
        foreach (var actor in actors)
        {
            var lost = Claims([actor]).Where(c => claimed.ContainsKey(c.Key)).ToList();
            foreach (var claim in lost)
            {
                var winner = claimed[claim.Key];
                warnings.Add(new DictionaryWarning(
                    winner.Source,
                    $"'{claim.Written}' was a name of '{actor.Id}' ({actor.Source}); it now names '{winner.Id}' only."));
            }

            result.Add(lost.Count == 0 ? actor : Without(actor, lost.Select(c => c.Written).ToHashSet(StringComparer.Ordinal)));
        }

        return result;
    }

    private static Actor Without(Actor actor, HashSet<string> forms) => actor with
    {
        Aliases = [.. actor.Aliases.Where(a => !forms.Contains(a))],
        Acronyms = [.. actor.Acronyms.Where(a => !forms.Contains(a))],
        Demonyms = [.. actor.Demonyms.Where(a => !forms.Contains(a))],
        CombiningForms = [.. actor.CombiningForms.Where(a => !forms.Contains(a))],
    };

    private static IEnumerable<Claim> Claims(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            // The canonical name cannot be taken away; it stays a claim so that conflicts are still reported.
            foreach (var name in actor.Aliases.Prepend(actor.Name).Concat(actor.Demonyms).Concat(actor.CombiningForms))
            {
                yield return new Claim("n:" + string.Join(' ', TokenList.Keys(name)), name, actor);
            }

            foreach (var acronym in actor.Acronyms)
            {
                yield return new Claim("a:" + acronym, acronym, actor);
            }
        }
    }

    private readonly record struct Claim(string Key, string Written, Actor Actor);
}
