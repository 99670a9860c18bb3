using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// A news site: its name, address, home country (for its blurb) and page layout habits (apostrophe
/// style, menus, comment form, tags), so that articles from one outlet look alike.
/// </summary>
internal sealed record Outlet(string Name, string Domain, Country Country, bool Typographic, int Layout)
{
    private static readonly string[] Patterns =
    [
        "{t} Info", "Le Courrier de {t}", "L'Écho de {t}", "{t} Matin", "La Tribune de {t}", "Le Républicain de {t}",
        "{t} Hebdo", "La Voix de {t}", "{t} Actu", "Le Messager de {t}", "Reflets de {t}", "L'Observateur de {t}",
    ];

    /// <summary>The outlets of a universe, from the seed.</summary>
    public static List<Outlet> Create(ActorUniverse universe, ulong seed, int count = 24)
    {
        var rng = new Rng(seed, ulong.MaxValue);
        var outlets = new List<Outlet>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (outlets.Count < count)
        {
            var town = rng.Pick(universe.Places.Where(p => Names.Towns.Contains(p.Name)).ToList());
            var name = rng.Pick(Patterns).Replace("{t}", town.Name, StringComparison.Ordinal);
            if (names.Add(name))
            {
                var domain = Phrases.Slug(name).Replace("-", string.Empty, StringComparison.Ordinal) + rng.Pick([".net", ".info", ".com", ".org"]);
                outlets.Add(new Outlet(name, domain, rng.Pick(universe.Countries), rng.Chance(0.6), rng.Below(4)));
            }
        }

        return outlets;
    }
}
