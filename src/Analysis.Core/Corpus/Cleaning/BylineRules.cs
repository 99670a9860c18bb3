using System.Text.RegularExpressions;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Recognises author lines: "Par Mamadou COULYBALI", "By Jane Doe, in Niamey", or a bare name where
/// bylines sit. Prose that merely starts like one ("Par ailleurs, deux civils …") and widget labels in
/// title case ("Read Next", "Accueil Politique Sécurité") are not bylines.
/// </summary>
internal static class BylineRules
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

    /// <summary>"Par X Y" with a name after the label, and a role or place after a comma if any.</summary>
    public static bool IsLabelled(PageLine line)
    {
        if (line.Shape.Words > 14)
        {
            return false;
        }

        var match = LinePatterns.BylineLabel().Match(line.Text);
        return match.Success && NameShape.IsNameLine(NameBeforeRole(match.Groups["name"].Value), TextOf(match.Groups["name"]));
    }

    /// <summary>The author's name as the byline writes it, without "Par" and without the role after a comma.</summary>
    public static string AuthorOf(string line)
    {
        var match = LinePatterns.BylineLabel().Match(line.Trim());
        return match.Success ? NameBeforeRole(match.Groups["name"].Value) : line.Trim();
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

    private static string TextOf(Group group) => Text.TextFolding.Fold(NameBeforeRole(group.Value));
}
