using System.Text.RegularExpressions;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Recognises author lines: "Par Mamadou COULYBALI", "By Jane Doe, in Niamey", or a bare name where
/// bylines sit. Prose that merely starts like one ("Par ailleurs, deux civils …") and widget labels in
/// title case ("Read Next", "Accueil Politique Sécurité") are not bylines.
/// </summary>
internal static partial class BylineRules
{
    /// <summary>
    /// Words of site navigation and widgets, folded: a title-case line made of them is a menu or a
    /// label, not a person's name.
    /// </summary>
    private static readonly HashSet<string> InterfaceWords = new(StringComparer.Ordinal)
    {
        "accueil", "home", "politique", "politics", "economie", "economy", "securite", "security", "international",
        "societe", "society", "culture", "sport", "sports", "sante", "health", "education", "afrique", "africa",
        "monde", "world", "opinion", "opinions", "editorial", "video", "videos", "photos", "podcast", "podcasts",
        "contact", "contacts", "about", "apropos", "newsletter", "menu", "search", "recherche", "read", "next",
        "previous", "related", "topics", "sign", "up", "top", "stories", "latest", "news", "more", "follow", "us",
        "share", "partager", "actualites", "actualite", "regions", "national", "nation", "faits", "divers",
        "environnement", "technologie", "technology", "business", "annonces", "archives", "tags", "categories",
    };

    /// <summary>
    /// "Par X Y" with a person's or a newsroom's name after the label ("Par : RFI", "Par Le Figaro avec
    /// AFP"), and a role, place or date after a comma or dash if any.
    /// </summary>
    public static bool IsLabelled(PageLine line)
    {
        if (line.Shape.Words > 14)
        {
            return false;
        }

        var match = LinePatterns.BylineLabel().Match(line.Text);
        if (!match.Success)
        {
            return false;
        }

        var name = AuthorOf(line.Text);
        return name.Length > 0 && (NameShape.IsNameLine(name, Text.TextFolding.Fold(name)) || NameShape.IsNewsroom(name));
    }

    /// <summary>
    /// The author as the byline writes it, without the label ("Par"), the role after a comma, or the
    /// agency credit ("avec AFP"): "Par Hamissa Konaté, envoyée spéciale" → "Hamissa Konaté".
    /// </summary>
    public static string AuthorOf(string line)
    {
        var match = LinePatterns.BylineLabel().Match(line.Trim());
        var name = NameBeforeRole(match.Success ? match.Groups["name"].Value : line.Trim());
        return AgencyCredit().Replace(name, string.Empty).Trim();
    }

    /// <summary>A line that is only a name (or two), none of whose words is an interface word.</summary>
    public static bool IsBareName(PageLine line) =>
        NameShape.IsNameLine(line.Text, line.Folded)
        && !line.Folded.Split([' ', ',', '&'], StringSplitOptions.RemoveEmptyEntries).Any(InterfaceWords.Contains);

    /// <summary>"Hamissa Konaté, envoyée spéciale à Bamako" → "Hamissa Konaté".</summary>
    private static string NameBeforeRole(string name)
    {
        var cut = name.IndexOfAny([',', '(', '|', '–', '—']);
        var dash = name.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (cut < 0 || dash < cut))
        {
            cut = dash;
        }

        return (cut >= 0 ? name[..cut] : name).Trim();
    }

    [GeneratedRegex(@"\s+(?:avec|with|et|and|&)\s+(?:l'|l’)?(?:AFP|Reuters|AP|ANP|AIB|AMAP|APS|agences?|news\s+agencies)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 250)]
    private static partial Regex AgencyCredit();
}
