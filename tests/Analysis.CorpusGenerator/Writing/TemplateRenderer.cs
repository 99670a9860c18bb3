using System.Text;
using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// Fills a template's slots from a <see cref="Cast"/>, choosing among the surface forms a reader would
/// recognise and the dictionary can express: full names with or without a rank, the surname in capitals,
/// accent-less spellings, listed variants, apposition ("X, ministre de la Défense,"), then surnames alone,
/// title and surname, reversed names; long names, "Long Name (ACRONYM)" and acronyms; country names,
/// "République du …" and demonyms. Every form that names an actor is recorded on the cast.
/// </summary>
internal static class TemplateRenderer
{
    /// <summary>Renders <paramref name="template"/>; slot n of a kind is cast member (n + rotation) of that kind.</summary>
    public static string Render(string template, Cast cast, ref Rng rng, int rotation)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            var slot = template.Substring(open + 1, close - open - 1);
            text.Append(Slot(slot, cast, ref rng, rotation));
            i = close + 1;
        }

        return text.ToString();
    }

    private static string Slot(string slot, Cast cast, ref Rng rng, int rotation)
    {
        if (slot.Length < 2 || !char.IsAsciiDigit(slot[1]))
        {
            var choices = slot.Split('|');
            return choices[rng.Below(choices.Length)];
        }

        var index = slot[1] - '0' + rotation;
        var form = slot.Length > 3 ? slot[3..] : string.Empty;
        switch (slot[0])
        {
            case 'P':
                var person = cast.Persons[index % cast.Persons.Count];
                return form == "il" ? (person.Female ? "elle" : "il") : PersonForms.Render(person, form, cast, ref rng);
            case 'O':
                return Organization(cast.Organizations[index % cast.Organizations.Count], form, cast, ref rng);
            case 'C':
                return Country(cast.Countries[index % cast.Countries.Count], form, cast, ref rng);
            case 'D':
                var country = cast.Countries[index % cast.Countries.Count];
                cast.Name(country);
                var demonym = country.Demonyms[form switch { "fs" => 1, "mp" => 2, "fp" => 3, _ => 0 }];
                return rng.Chance(0.1) ? Phrases.WithoutAccents(demonym) : demonym;
            default:
                return cast.Towns[index % cast.Towns.Count].Name;
        }
    }

    private static string Country(Country country, string form, Cast cast, ref Rng rng)
    {
        cast.Name(country);
        var name = rng.Chance(0.1) ? Phrases.WithoutAccents(country.Name) : country.Name;
        if (form != "n" && rng.Chance(0.08))
        {
            var republic = country.Republic;
            return form switch { "de" => "de la " + republic, "a" => "en " + republic, _ => "la " + republic };
        }

        return form switch
        {
            "n" => name,
            "de" => Phrases.De(country.Gender, name),
            "a" => Phrases.A(country.Gender, name, country: true),
            _ => Phrases.With(country.Gender, name),
        };
    }

    private static string Organization(Organization organization, string form, Cast cast, ref Rng rng)
    {
        var first = !cast.Named.Contains(organization.Id);
        cast.Name(organization);
        var roll = rng.Next() % 100;
        string name;
        Gender gender;
        if (first ? roll < 30 : roll < 65)
        {
            name = organization.Acronym;
            gender = organization.Gender != Gender.Plural && "AEIOU".Contains(name[0], StringComparison.Ordinal) ? Gender.Elided : organization.Gender;
        }
        else
        {
            name = rng.Chance(0.1) ? Phrases.WithoutAccents(organization.Name) : organization.Name;
            name = first && roll < 70 ? $"{name} ({organization.Acronym})" : name;
            gender = organization.Gender;
        }

        return form switch
        {
            "h" => name,
            "de" => Phrases.De(gender, name),
            "a" => Phrases.A(gender, name),
            _ => Phrases.With(gender, name),
        };
    }
}
