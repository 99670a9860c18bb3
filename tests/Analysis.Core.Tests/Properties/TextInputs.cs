using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Properties;

/// <summary>A text input, shown escaped in failure messages and shrunk character by character.</summary>
internal sealed record TextCase(string Text)
{
    public override string ToString() => PropertyCheck.Show(Text);

    public static IEnumerable<TextCase> Shrink(TextCase input) =>
        PropertyCheck.Smaller(input.Text.ToCharArray()).Select(c => new TextCase(new string(c)));
}

/// <summary>
/// Strings built from the pieces the date and name parsers look for, mixed with the characters that
/// break careless text code: combining marks, emoji, right-to-left text, lone surrogates, odd spaces.
/// </summary>
internal static class TextInputs
{
    private static readonly string[] Awkward =
    [
        "\u0301", "\u0308", "\u0327", "😀", "🇲🇱", "\u200D", "\u200F", "\u202E", "عبد الله", "\uD800", "\uDC00", "\uFFFD",
        "\u00A0", "\u202F", "\u2009", "\t", "\r", "\0", "İ", "ſ", "K", "ﬁ", "ß", "Œ", "ǅ", "ᵉʳ", "²", "١٢", "２０２３", "\u0130\u0307",
    ];

    private static readonly string[] DateWords =
    [
        "1", "6", "9", "12", "29", "30", "31", "00", "08", "13", "32", "99", "2023", "2024", "1899", "2101", "0000", "9999", "20231", "1er", "1ᵉʳ", "2nd", "3rd", "4th", "21st",
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "AOÛT", "Aout", "septembre", "octobre", "novembre", "décembre",
        "janv.", "févr.", "fév", "avr.", "juil.", "sept", "sept.", "oct.", "nov.", "déc.", "January", "February", "March", "May", "August", "Aug.", "Sep.", "Dec",
        "lundi", "mardi", "Mercredi", "jeudi", "vendredi", "samedi", "dimanche", "Monday", "Tue", "Tues.", "Thursday", "Sun",
        "le", "Le", "ce", "du", "au", "of", "the", "en", "depuis", "Publié le", "Mis à jour", "n°", "No.", "#", "°",
        "T", "10:12", "10:12:00", "23:59:59.999", "Z", "+01:00", "-0530", "h",
    ];

    private static readonly string[] DateSeparators = [" ", " ", " ", "/", "-", ".", ",", ", ", "  ", "\n", "–", ":", "'"];

    private static readonly string[] NameWords =
    [
        "Assimi", "Goïta", "GOÏTA", "Iyad", "Ag", "ag", "Ghaly", "Mohamed", "Ould", "ould", "Ben", "ben", "bin", "Al", "al", "El", "de", "da", "dit", "van",
        "Kyélem", "Tambèla", "Célestin", "Simporé", "SIMPORÉ", "Moussa", "Saloua", "BARMOU", "Barmou", "Oumar", "Diarra", "Sergey", "Shoigu",
        "N", "D", "M", "SE", "Mme", "Dr", "Boukaré", "Sawadogo", "Ibrahim", "Traoré", "Abdourahamane", "Tiani", "Emile", "Zerbo", "Koulouba",
        "le", "la", "l", "d", "du", "des", "et", "a", "reçu", "à", "Bamako", "Niamey", "Ouagadougou", "Mali", "Niger", "Burkina", "Faso", "Russie", "CEDEAO",
        "AES", "FAMa", "VDP", "JNIM", "EIGS", "ONU", "UN", "AU", "MALI", "NIGER", "ACCORD", "général", "Général", "colonel", "Colonel-major", "capitaine",
        "président", "Président", "ministre", "chef", "d'état-major", "état-major", "armées", "forces", "Forces", "Armées", "Maliennes", "Volontaires",
        "pour", "Défense", "Patrie", "Conseil", "national", "Transition", "Ministère", "Cour", "justice", "Alliance", "États", "Sahel", "malien", "burkinabè",
        "Al-Qaida", "N'Daw", "N’Diaye", "d’Assimi", "l'AES", "Photo", "Crédit", "File:", "AFP", "Par", "Hier", "Ce", "Les", "The", "Mali's", "president",
    ];

    private static readonly string[] NameSeparators =
    [
        " ", " ", " ", " ", "-", "’", "'", ", ", ". ", "\n", "\n\n", " (", ") ", ")", " « ", " » ", "\u00A0", "/", " – ", ": ", "; ", "? ", "! ", "…",
    ];

    /// <summary>Date-ish text: numbers, month and weekday names, separators, some awkward characters.</summary>
    public static Gen<string> DateText() => Soup(DateWords, DateSeparators, 12);

    /// <summary>Name-ish text: capitalised words, particles, titles, acronyms, punctuation, awkward characters.</summary>
    public static Gen<string> NameText() => Soup(NameWords, NameSeparators, 10);

    /// <summary>A page: lines of name-ish and date-ish text, some boilerplate phrases, blank lines.</summary>
    public static Gen<string> PageText()
    {
        var line = Gen.Frequency(
            (4, NameText()),
            (2, DateText()),
            (1, Gen.Elements("A LIRE AUSSI", "Partager", "Accueil > Politique > Mali", "Publié le 2 mars 2023 | Le Sahel", "Par Wakat Séra", "© 2024 Sahel Times.", "Laisser un commentaire", "---")));
        return Gen.Sized(size => Gen.Choose(0, 1 + (size / 4)))
            .SelectMany(n => Gen.ListOf(line, n))
            .SelectMany(lines => Gen.Elements("\n", "\n\n", "\n \n").Select(gap => string.Join(gap, lines)));
    }

    /// <summary>A text case from <paramref name="text"/>.</summary>
    public static Gen<TextCase> Cases(this Gen<string> text) => text.Select(t => new TextCase(t));

    private static Gen<string> Soup(string[] words, string[] separators, int awkwardOdds)
    {
        var piece = Gen.Frequency(
            (awkwardOdds, Gen.Elements(words)),
            (awkwardOdds / 2, Gen.Elements(separators)),
            (1, Gen.Elements(Awkward)),
            (1, Gen.Choose(0x20, 0x2FF).Select(c => ((char)c).ToString())));
        return Gen.Sized(size => Gen.Choose(0, 2 + (size * 2)))
            .SelectMany(n => Gen.ListOf(piece, n))
            .Select(pieces => string.Concat(pieces));
    }
}
