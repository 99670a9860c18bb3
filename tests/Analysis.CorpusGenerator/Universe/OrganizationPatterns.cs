namespace Analysis.CorpusGenerator.Universe;

/// <summary>Name patterns of organizations: "{r}" takes a region with its preposition ("du Haut-Saraba").</summary>
internal static class OrganizationPatterns
{
    public static readonly (string Pattern, Gender Gender, string Topic)[] All =
    [
        ("Mouvement pour la libération {r}", Gender.Masculine, "security"),
        ("Front patriotique {r}", Gender.Masculine, "security"),
        ("Coalition des mouvements armés {r}", Gender.Feminine, "security"),
        ("Brigade mobile d'intervention {r}", Gender.Feminine, "security"),
        ("Milice populaire {r}", Gender.Feminine, "security"),
        ("Front de salut {r}", Gender.Masculine, "security"),
        ("Rassemblement des combattants {r}", Gender.Masculine, "security"),
        ("Katiba des Monts {r}", Gender.Feminine, "security"),
        ("Conseil régional de paix {r}", Gender.Masculine, "diplomacy"),
        ("Ligue des États {r}", Gender.Feminine, "diplomacy"),
        ("Commission du bassin {r}", Gender.Feminine, "diplomacy"),
        ("Autorité de coopération {r}", Gender.Elided, "diplomacy"),
        ("Union des parlements {r}", Gender.Elided, "diplomacy"),
        ("Organisation pour la stabilité {r}", Gender.Elided, "diplomacy"),
        ("Secrétariat permanent du dialogue {r}", Gender.Masculine, "diplomacy"),
        ("Observatoire des droits humains {r}", Gender.Elided, "diplomacy"),
        ("Banque de développement {r}", Gender.Feminine, "economy"),
        ("Société des mines {r}", Gender.Feminine, "economy"),
        ("Compagnie cotonnière {r}", Gender.Feminine, "economy"),
        ("Office des produits vivriers {r}", Gender.Elided, "economy"),
        ("Agence de promotion des investissements {r}", Gender.Elided, "economy"),
        ("Fonds de garantie agricole {r}", Gender.Masculine, "economy"),
        ("Chambre de commerce {r}", Gender.Feminine, "economy"),
        ("Caisse de stabilisation {r}", Gender.Feminine, "economy"),
        ("Société pétrolière {r}", Gender.Feminine, "economy"),
    ];

    /// <summary>Country-wide organizations: "{fp}"/"{fs}" take the country's feminine demonym.</summary>
    public static readonly (string Pattern, Gender Gender, string Topic)[] National =
    [
        ("Forces armées {fp}", Gender.Plural, "security"),
        ("Police nationale {fs}", Gender.Feminine, "security"),
        ("Radiodiffusion-Télévision {fs}", Gender.Feminine, "diplomacy"),
        ("Compagnie {fs} d'électricité", Gender.Feminine, "economy"),
    ];
}
