namespace Analysis.CorpusGenerator.Universe;

/// <summary>French articles, contractions and demonym inflections.</summary>
internal static class Phrases
{
    /// <summary>"le Kanembo", "la Sénamie", "l'Ostralie", "les Forces …".</summary>
    public static string With(Gender gender, string name) => gender switch
    {
        Gender.Masculine => "le " + name,
        Gender.Feminine => "la " + name,
        Gender.Elided => "l'" + name,
        _ => "les " + name,
    };

    /// <summary>"du Kanembo", "de la Sénamie", "de l'Ostralie", "des Forces …".</summary>
    public static string De(Gender gender, string name) => gender switch
    {
        Gender.Masculine => "du " + name,
        Gender.Feminine => "de la " + name,
        Gender.Elided => "de l'" + name,
        _ => "des " + name,
    };

    /// <summary>"au Kanembo", "à la …" (or "en Sénamie" for a country), "à l'…", "aux …".</summary>
    public static string A(Gender gender, string name, bool country = false) => gender switch
    {
        Gender.Masculine => "au " + name,
        Gender.Feminine => country ? "en " + name : "à la " + name,
        Gender.Elided => country ? "en " + name : "à l'" + name,
        _ => "aux " + name,
    };

    /// <summary>"kanembais" → kanembais, kanembaise, kanembais, kanembaises; "sénamien" → …ienne, …iens, …iennes.</summary>
    public static IReadOnlyList<string> Inflect(string masculine)
    {
        if (masculine.EndsWith('s'))
        {
            return [masculine, masculine + "e", masculine, masculine + "es"];
        }

        return masculine.EndsWith('n')
            ? [masculine, masculine + "ne", masculine + "s", masculine + "nes"]
            : [masculine, masculine + "e", masculine + "s", masculine + "es"];
    }

    /// <summary>The text with its first letter in capitals.</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The text without accents ("Sénamie" → "Senamie"), as many sites write names.</summary>
    public static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>The ASCII slug of a name, for ids: "Côte d'Ambre" → "cote-d-ambre".</summary>
    public static string Slug(string name)
    {
        var plain = WithoutAccents(name).ToLowerInvariant();
        var slug = new System.Text.StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
