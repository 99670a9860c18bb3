using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// How the press writes a person. The first mention in an article gives the full name (with its rank or
/// office, in capitals, without accents, a listed variant, or in apposition); later ones may shorten it to
/// the surname, the title and surname, "M." or "Mme" and the surname, or the name reversed.
/// </summary>
internal static class PersonForms
{
    /// <summary>The person in the grammatical form <paramref name="form"/>: "", "s" (subject), "de", "a", "h" (headline).</summary>
    public static string Render(Person person, string form, Cast cast, ref Rng rng)
    {
        var (article, rest) = cast.WasNamedInFull(person) ? Short(person, form, cast, ref rng) : Full(person, form, cast, ref rng);
        return form switch
        {
            "de" => article switch
            {
                "le " => "du " + rest,
                "la " => "de la " + rest,
                "l'" => "de l'" + rest,
                _ => (IsVowel(rest[0]) ? "d'" : "de ") + rest,
            },
            "a" => article switch
            {
                "le " => "au " + rest,
                "la " => "à la " + rest,
                "l'" => "à l'" + rest,
                _ => "à " + rest,
            },
            _ => article + rest,
        };
    }

    private static (string Article, string Words) Full(Person person, string form, Cast cast, ref Rng rng)
    {
        cast.NameInFull(person);
        var roll = rng.Next() % 100;
        if (form == "h" || roll >= 85)
        {
            return (string.Empty, person.Name);
        }

        if (roll < 30)
        {
            return Split(LongTitle(person, cast, ref rng) + " " + person.Name);
        }

        if (roll < 45 && form == "s")
        {
            var title = Split(LongTitle(person, cast, ref rng)).Words;
            return (string.Empty, $"{person.Name}, {title},");
        }

        if (roll < 60)
        {
            var caps = person.Given + " " + person.Surname.ToUpperInvariant();
            return rng.Chance(0.5) ? Split(person.Title.Short + " " + caps) : (string.Empty, caps);
        }

        if (roll < 72 && Phrases.WithoutAccents(person.Name) != person.Name)
        {
            return Split(person.Title.Short + " " + Phrases.WithoutAccents(person.Name));
        }

        if (roll < 80 && person.Variant is { } variant)
        {
            return (string.Empty, variant);
        }

        return Split(person.Title.Short + " " + person.Name);
    }

    private static (string Article, string Words) Short(Person person, string form, Cast cast, ref Rng rng)
    {
        var roll = rng.Next() % 100;
        if (form == "h")
        {
            return (string.Empty, roll < 60 ? person.Surname : person.Name);
        }

        return roll switch
        {
            < 30 => (string.Empty, person.Surname),
            < 60 => Split(person.Title.Short + " " + person.Surname),
            < 72 => (string.Empty, (person.Female ? "Mme " : "M. ") + person.Surname),
            < 82 => (string.Empty, person.Surname + " " + person.Given),
            _ => Full(person, form, cast, ref rng),
        };
    }

    // "le ministre{d} de la Défense" with the demonym (which names the person's country) or without it.
    private static string LongTitle(Person person, Cast cast, ref Rng rng)
    {
        var title = person.Title.Long;
        var demonyms = person.Country.Demonyms;
        if (title.Contains("{dfp}", StringComparison.Ordinal))
        {
            cast.Name(person.Country);
            return title.Replace("{dfp}", demonyms[3], StringComparison.Ordinal);
        }

        if (rng.Chance(0.3))
        {
            cast.Name(person.Country);
            return title.Replace("{d}", " " + demonyms[person.Female ? 1 : 0], StringComparison.Ordinal);
        }

        return title.Replace("{d}", string.Empty, StringComparison.Ordinal);
    }

    private static (string Article, string Words) Split(string text) =>
        text.StartsWith("le ", StringComparison.Ordinal) ? ("le ", text[3..])
        : text.StartsWith("la ", StringComparison.Ordinal) ? ("la ", text[3..])
        : text.StartsWith("l'", StringComparison.Ordinal) ? ("l'", text[2..])
        : (string.Empty, text);

    private static bool IsVowel(char c) => "AEIOUÉÈÊÎÏÔYaeiouéèêîïôy".Contains(c, StringComparison.Ordinal);
}
