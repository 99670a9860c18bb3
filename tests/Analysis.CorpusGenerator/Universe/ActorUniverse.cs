using System.Text;

namespace Analysis.CorpusGenerator.Universe;

/// <summary>
/// Every actor a corpus draws on, built from the seed alone: countries, places, persons and
/// organizations, with unique ids (all prefixed "g-", so none collides with a built-in id) and unique
/// name forms (compared without case and accents, as the extractor compares them).
/// </summary>
internal sealed class ActorUniverse
{
    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

    private ActorUniverse()
    {
    }

    public List<Country> Countries { get; } = [];

    public List<Place> Places { get; } = [];

    public List<Person> Persons { get; } = [];

    public List<Organization> Organizations { get; } = [];

    /// <summary>Journalists for bylines: never actors.</summary>
    public List<string> Journalists { get; } = [];

    public IEnumerable<GeneratedActor> All => Countries.Cast<GeneratedActor>().Concat(Places).Concat(Persons).Concat(Organizations);

    /// <summary>Builds the universe of <paramref name="seed"/>.</summary>
    public static ActorUniverse Create(ulong seed, int persons = 600, int organizations = 100, int countries = 30)
    {
        var rng = new Rng(seed, 0);
        var universe = new ActorUniverse();
        universe.AddCountries(ref rng, countries);
        universe.AddPlaces(ref rng);
        universe.AddPersons(ref rng, persons);
        universe.AddOrganizations(ref rng, organizations);
        universe.AddJournalists(ref rng, 80);
        return universe;
    }

    private bool Claim(string form) => _forms.Add(Key(form));

    private static string Key(string form) => Phrases.WithoutAccents(form).ToLowerInvariant().Replace('-', ' ').Replace('’', '\'');

    private void AddCountries(ref Rng rng, int count)
    {
        var stems = Universe.Countries.Stems.ToList();
        rng.Shuffle(stems);
        foreach (var (name, gender, demonym) in stems.Take(count))
        {
            var country = new Country("g-" + Phrases.Slug(name), name, gender, demonym);
            Claim(name);
            Claim(country.Republic);
            country.Demonyms.ToList().ForEach(d => Claim(d));
            Countries.Add(country);
        }
    }

    private void AddPlaces(ref Rng rng)
    {
        foreach (var name in Names.Towns.Concat(Names.Regions))
        {
            if (Claim(name))
            {
                Places.Add(new Place("g-pl-" + Phrases.Slug(name), name, rng.Pick(Countries)));
            }
        }
    }

    private void AddPersons(ref Rng rng, int count)
    {
        var attempts = 0;
        while (Persons.Count < count && attempts++ < count * 50)
        {
            var female = rng.Chance(0.25);
            var given = rng.Pick(female ? Names.FemaleGiven : Names.MaleGiven);
            var surname = rng.Pick(Names.Surnames);
            if (Names.ReservedNames.Contains(given + " " + surname) || !Claim(given + " " + surname))
            {
                continue;
            }

            var variant = Titles.GivenVariants.TryGetValue(given, out var other) && rng.Chance(0.5) && Claim(other + " " + surname)
                ? other + " " + surname
                : null;
            var (longForm, longF, shortForm, shortF, topic) = rng.Pick(Titles.All);
            var title = female ? new Title(longF, shortF, topic) : new Title(longForm, shortForm, topic);
            var id = "g-" + Phrases.Slug(given + " " + surname);
            Persons.Add(new Person(id, given, surname, female, title, rng.Pick(Countries), variant));
        }
    }

    private void AddOrganizations(ref Rng rng, int count)
    {
        var acronyms = new HashSet<string>(Names.ReservedAcronyms, StringComparer.Ordinal);
        var national = Countries.Take(count / 3).ToList();
        foreach (var country in national)
        {
            var (pattern, gender, topic) = country == national[0] ? OrganizationPatterns.National[0] : rng.Pick(OrganizationPatterns.National);
            var name = pattern.Replace("{fp}", country.Demonyms[3], StringComparison.Ordinal).Replace("{fs}", country.Demonyms[1], StringComparison.Ordinal);
            AddOrganization(name, gender, topic, country, acronyms);
        }

        var attempts = 0;
        while (Organizations.Count < count && attempts++ < count * 50)
        {
            var (pattern, gender, topic) = rng.Pick(OrganizationPatterns.All);
            var region = rng.Pick(Names.Regions);
            var regionGender = region.StartsWith("Boucle", StringComparison.Ordinal) || region.StartsWith("Vallée", StringComparison.Ordinal) ? Gender.Feminine : Gender.Masculine;
            var name = pattern.Replace("{r}", Phrases.De(regionGender, region), StringComparison.Ordinal);
            AddOrganization(name, gender, topic, topic == "diplomacy" ? null : rng.Pick(Countries), acronyms);
        }
    }

    private void AddOrganization(string name, Gender gender, string topic, Country? country, HashSet<string> acronyms)
    {
        if (!Claim(name))
        {
            return;
        }

        var acronym = Acronym(name, acronyms);
        Claim(acronym);
        Organizations.Add(new Organization("g-org-" + acronym.ToLowerInvariant(), name, gender, acronym, topic, country));
    }

    // Initials of the name's significant words ("Mouvement pour la libération du Haut-Saraba" → MLHS),
    // lengthened with the last word's letters until it is unused.
    private static string Acronym(string name, HashSet<string> taken)
    {
        var skip = new HashSet<string>(["de", "du", "des", "la", "le", "les", "pour", "et", "aux", "d", "l"], StringComparer.Ordinal);
        var words = Phrases.WithoutAccents(name).Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => !skip.Contains(w)).ToList();
        var initials = new StringBuilder(string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))));
        var last = words[^1].ToUpperInvariant();
        for (var i = 1; !taken.Add(initials.ToString()); i++)
        {
            initials.Append(i < last.Length ? last[i] : (char)('A' + (i % 26)));
        }

        return initials.ToString();
    }

    private void AddJournalists(ref Rng rng, int count)
    {
        while (Journalists.Count < count)
        {
            var female = rng.Chance(0.4);
            var name = rng.Pick(female ? Names.FemaleGiven : Names.MaleGiven) + " " + rng.Pick(Names.Surnames);
            if (!_forms.Contains(Key(name)) && !Names.ReservedNames.Contains(name) && !Journalists.Contains(name))
            {
                Journalists.Add(name);
            }
        }
    }
}
