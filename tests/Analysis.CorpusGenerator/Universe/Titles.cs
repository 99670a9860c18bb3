namespace Analysis.CorpusGenerator.Universe;

/// <summary>
/// Ranks and offices written next to names. "{d}" takes " " plus the holder's demonym, or nothing;
/// "{dfp}" the feminine plural demonym ("des armées kanembaises"). Each entry: masculine long, feminine
/// long, masculine short, feminine short (the form before a surname alone), topic.
/// </summary>
internal static class Titles
{
    public static readonly (string Long, string LongF, string Short, string ShortF, string Topic)[] All =
    [
        ("le ministre{d} de la Défense", "la ministre{d} de la Défense", "le ministre", "la ministre", "security"),
        ("le ministre{d} de la Sécurité", "la ministre{d} de la Sécurité", "le ministre", "la ministre", "security"),
        ("le chef d'état-major général des armées {dfp}", "la cheffe d'état-major général des armées {dfp}", "le général", "la générale", "security"),
        ("le général{d}", "la générale{d}", "le général", "la générale", "security"),
        ("le général de brigade{d}", "la générale de brigade{d}", "le général", "la générale", "security"),
        ("le général de division{d}", "la générale de division{d}", "le général", "la générale", "security"),
        ("le colonel-major{d}", "la colonelle-major{d}", "le colonel-major", "la colonelle-major", "security"),
        ("le colonel{d}", "la colonelle{d}", "le colonel", "la colonelle", "security"),
        ("le lieutenant-colonel{d}", "la lieutenante-colonelle{d}", "le lieutenant-colonel", "la lieutenante-colonelle", "security"),
        ("le commandant{d}", "la commandante{d}", "le commandant", "la commandante", "security"),
        ("le capitaine{d}", "la capitaine{d}", "le capitaine", "la capitaine", "security"),
        ("le ministre{d} des Affaires étrangères", "la ministre{d} des Affaires étrangères", "le ministre", "la ministre", "diplomacy"),
        ("le Premier ministre{d}", "la Première ministre{d}", "le Premier ministre", "la Première ministre", "diplomacy"),
        ("le président{d}", "la présidente{d}", "le président", "la présidente", "diplomacy"),
        ("l'ambassadeur{d}", "l'ambassadrice{d}", "l'ambassadeur", "l'ambassadrice", "diplomacy"),
        ("le porte-parole{d} du gouvernement", "la porte-parole{d} du gouvernement", "le porte-parole", "la porte-parole", "diplomacy"),
        ("le ministre{d} de l'Intégration régionale", "la ministre{d} de l'Intégration régionale", "le ministre", "la ministre", "diplomacy"),
        ("le médiateur{d}", "la médiatrice{d}", "le médiateur", "la médiatrice", "diplomacy"),
        ("le ministre{d} de l'Économie et des Finances", "la ministre{d} de l'Économie et des Finances", "le ministre", "la ministre", "economy"),
        ("le ministre{d} des Mines", "la ministre{d} des Mines", "le ministre", "la ministre", "economy"),
        ("le ministre{d} du Commerce", "la ministre{d} du Commerce", "le ministre", "la ministre", "economy"),
        ("le ministre{d} de l'Énergie", "la ministre{d} de l'Énergie", "le ministre", "la ministre", "economy"),
        ("le ministre{d} de l'Agriculture", "la ministre{d} de l'Agriculture", "le ministre", "la ministre", "economy"),
        ("l'économiste{d}", "l'économiste{d}", "l'économiste", "l'économiste", "economy"),
    ];

    /// <summary>Other spellings of some given names, listed as aliases in the dictionary.</summary>
    public static readonly Dictionary<string, string> GivenVariants = new(StringComparer.Ordinal)
    {
        ["Mamadou"] = "Mamadu", ["Moussa"] = "Musa", ["Ousmane"] = "Usman", ["Boubacar"] = "Aboubakar",
        ["Ibrahima"] = "Ibrahim", ["Souleymane"] = "Sulaymane", ["Aminata"] = "Aminatou", ["Fatoumata"] = "Fatimata",
        ["Mariam"] = "Maryam", ["Issa"] = "Issah", ["Idrissa"] = "Idriss", ["Hawa"] = "Hauwa", ["Seydou"] = "Seidou",
        ["Cheick"] = "Cheikh", ["Mahamadou"] = "Mahammadou", ["Kadiatou"] = "Khadiatou",
    };
}
