namespace Analysis.CorpusGenerator.Universe;

/// <summary>
/// Invented countries (real ones would collide with the built-in dictionary), with their gender and the
/// masculine singular demonym. Some carry accents and apostrophes, so that accent-less and typographic
/// spellings get exercised.
/// </summary>
internal static class Countries
{
    public static readonly (string Name, Gender Gender, string Demonym)[] Stems =
    [
        ("Kanembo", Gender.Masculine, "kanembais"), ("Sénamie", Gender.Feminine, "sénamien"),
        ("Tagoura", Gender.Masculine, "tagourois"), ("Côte d'Ambre", Gender.Feminine, "ambréen"),
        ("Ouadagne", Gender.Elided, "ouadagnais"), ("Bélérie", Gender.Feminine, "bélérien"),
        ("Mossandé", Gender.Masculine, "mossandais"), ("Djarabie", Gender.Feminine, "djarabien"),
        ("Koronie", Gender.Feminine, "koronien"), ("Sabanie", Gender.Feminine, "sabanien"),
        ("Tessagou", Gender.Masculine, "tessagois"), ("Terre d'Aldane", Gender.Feminine, "aldanais"),
        ("Namarie", Gender.Feminine, "namarien"), ("Gourmanie", Gender.Feminine, "gourmanien"),
        ("Kassonie", Gender.Feminine, "kassonien"), ("Zambara", Gender.Masculine, "zambarais"),
        ("Dolmarie", Gender.Feminine, "dolmarien"), ("Vélanie", Gender.Feminine, "vélanien"),
        ("Ostralie", Gender.Elided, "ostralien"), ("Irigue", Gender.Elided, "iriguais"),
        ("Mandarie", Gender.Feminine, "mandarien"), ("Kéroubie", Gender.Feminine, "kéroubien"),
        ("Salamie", Gender.Feminine, "salamien"), ("Tombolie", Gender.Feminine, "tombolien"),
        ("Bénakie", Gender.Feminine, "bénakien"), ("Lorandie", Gender.Feminine, "lorandais"),
        ("Wagadie", Gender.Feminine, "wagadien"), ("Guérinie", Gender.Feminine, "guérinien"),
        ("Nord-Tamanie", Gender.Feminine, "nord-tamanien"), ("Ardanie", Gender.Elided, "ardanien"),
        ("Moukandé", Gender.Masculine, "moukandais"), ("Fézanie", Gender.Feminine, "fézanien"),
        ("Baroubie", Gender.Feminine, "baroubien"), ("Ébonie", Gender.Elided, "ébonien"),
        ("Val d'Essane", Gender.Masculine, "essanais"), ("Karamie", Gender.Feminine, "karamien"),
    ];
}
