using System.Text.RegularExpressions;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Shapes of page furniture that a phrase list cannot enumerate: counters, bare web addresses,
/// breadcrumb trails, date lines and outlet blurbs.
/// </summary>
internal static partial class LinePatterns
{
    private const int TimeoutMs = 250;

    /// <summary>"71", "0", "1 234 vues", "12 comments".</summary>
    [GeneratedRegex(@"^\d[\d\s.,]*(?:\s+(?:vues?|views?|commentaires?|comments?|partages?|shares?|likes?|j'aime|reactions?))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex Counter();

    /// <summary>A line that is nothing but a web address: "www.refletinfo.net", "https://x.bf/a/b".</summary>
    [GeneratedRegex(@"^(?:https?://)?(?<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d+)?(?:/\S*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex WebAddress();

    /// <summary>"Home › Politique › Défense", "Accueil / Sécurité": two or more trail separators.</summary>
    [GeneratedRegex(@"^[^›»>/|]{1,40}(?:\s[›»>/|]\s[^›»>/|]{1,80}){2,}$", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex BreadcrumbTrail();

    private const string Weekday =
        @"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?";

    private const string DateShape =
        @"(?:\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?" +
        @"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}" +
        @"|\d{1,2}(?:er|st|nd|rd|th)?\s+\p{L}{3,}\.?\s+\d{4}" +
        @"|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})";

    /// <summary>"à 10h32", "- 12:03", "2:31 PM GMT+2", "à 14 h 05 min".</summary>
    private const string TimeOfDay =
        @"(?:\s*(?:[àa@,-]|at)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*min)?(?:\s*(?:am|pm))?(?:\s*(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?)?";

    /// <summary>A time written before the date: "Updated 6:20 PM GMT+1, August 25, 2023".</summary>
    private const string LeadingTime =
        @"(?:\d{1,2}[:h]\d{2}\s*(?:am|pm)?\s*(?:(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2})?)?\s*,?\s*)?";

    private const string DateLabel =
        @"(?:date|dat[eé]\s+de\s+publication|publi[ée]+(?:\s+le)?|published(?:\s+on)?|mis\s+[àa]\s+jour(?:\s+le)?|updated(?:\s+on)?|posted(?:\s+on)?" +
        @"|modifi[ée]+(?:\s+le)?|mis\s+en\s+ligne(?:\s+le)?|actualis[ée]+(?:\s+le)?|derni[èe]re\s+mise\s+[àa]\s+jour(?:\s+le)?|last\s+updated(?:\s+on)?)\s*:?\s*";

    /// <summary>
    /// A publication-date label at the start of a line, followed by a date: " date 2024-11 Le Mali…",
    /// "Publié le 6 mars 2024 à 10h32", "Published on August 29, 2023", "Mis à jour le 29/08/2023".
    /// The date itself is read later by the date finder; this only tells where the label ends.
    /// </summary>
    [GeneratedRegex("^" + DateLabel + LeadingTime + Weekday + DateShape + TimeOfDay, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex DatelinePrefix();

    /// <summary>
    /// A line that opens with a date and adds only a few words of page furniture: "April 11, 2024
    /// 2:31 PM GMT+2Updated ago". The trailing words are checked by the caller.
    /// </summary>
    [GeneratedRegex("^" + Weekday + DateShape + TimeOfDay, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex DateLed();

    /// <summary>A line holding only a date (and perhaps a time): "29/08/2023", "Mardi 29 août 2023 - 10:32".</summary>
    [GeneratedRegex("^" + Weekday + DateShape + TimeOfDay + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex StandaloneDate();

    /// <summary>
    /// An outlet describing itself: "Reflet info est un journal burkinabè en ligne …", "X is an online
    /// newspaper …". Only trusted after the article's last paragraph, where such blurbs sit.
    /// </summary>
    [GeneratedRegex(
        @"^(?<name>[\p{Lu}\d][\p{L}\d'’&.\- ]{1,40}?)\s+(?:est|is)\s+(?:un|une|le|la|l'|l’|a|an|the|votre|your)\s*" +
        @"(?:[\p{L}'’-]+\s+){0,3}?(?:journal|quotidien|hebdomadaire|bi-?hebdomadaire|mensuel|magazine|site|m[ée]dia|portail|agence|webzine|blog|" +
        @"newspaper|news|daily|weekly|outlet|publication|radio|t[ée]l[ée]vision|cha[iî]ne|plateforme|platform)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex OutletBlurb();

    /// <summary>
    /// "© 2024 Sahel Times. All rights reserved.", "© 2003-2024 LeFaso.net", "Copyright Studio Tamani 2024":
    /// the holder's name, which may hold dots (a domain) and may be followed by a year.
    /// </summary>
    [GeneratedRegex(
        @"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,-]?\s*)?(?<name>[\p{L}\d][^|©]{0,60}?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:\.(?:\s|$)|[|,]|\s[-–]\s|\s(?:tous|all)\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex CopyrightHolder();

    /// <summary>
    /// "Par Mamadou COULYBALI", "By Jane Doe", "Publié par …", "Avec notre correspondant régional, X",
    /// "De notre correspondant à Agadez, X", "Propos recueillis par X": an explicit author label.
    /// </summary>
    [GeneratedRegex(
        @"^(?:par|by|publi[ée]\s+par|posted\s+by|written\s+by|r[ée]dig[ée]\s+par|auteur|author|texte|reporting\s+by" +
        @"|entretien\s+r[ée]alis[ée]\s+par|propos\s+recueillis\s+par|interview\s+by" +
        @"|(?:avec|de)\s+(?:notre|nos)\s+correspondante?s?(?:\s+r[ée]gionale?)?(?:\s+(?:[àa]|au|aux|en|dans)\s+[^,]{2,40})?\s*,)\s*:?\s*(?<name>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex BylineLabel();

    /// <summary>"Temps de lecture : 12 minutes", "3 min read", "Lecture : 4 minutes.", "3 min Temps de lecture".</summary>
    [GeneratedRegex(@"^(?:(?:temps\s+de\s+lecture|lecture|reading\s+time)\s*:?\s*\d+\s*(?:min|minutes?)\.?|\d+\s*(?:min|minutes?)\.?\s*(?:read|de\s+lecture|temps\s+de\s+lecture))\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex ReadingTime();

    /// <summary>
    /// Credits that name photographers, sources and contributors, not actors: "(Photo : Présidence du
    /// Faso)", "Crédit photo : DIRCOM/PF", "Source : Le Républicain", "X in Bamako contributed.",
    /// "(Reporting by …; Editing by …)".
    /// </summary>
    [GeneratedRegex(
        @"^\(?(?:photo|photos|cr[ée]dits?\s+photos?|photo\s+credit|image|illustration|source|sources|cr[ée]dit)\s*:|" +
        @"^\(?(?:reporting|additional\s+reporting|writing|editing)\s+by\b|\bcontributed(?:\s+to\s+this\s+(?:report|story))?\.?\)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex Credit();

    /// <summary>
    /// Comment-thread furniture: "Hamidou dit :", "Kader says:", "Posté par Wendkouni, le 8 mars 2024",
    /// "5 réponses à « … »", "12 commentaires sur « … »", "3 thoughts on “…”".
    /// </summary>
    [GeneratedRegex(
        @"^(?:[\p{Lu}][\p{L}\d'’._-]*(?:\s+[\p{Lu}\d][\p{L}\d'’._-]*){0,2}\s+(?:dit|says|said|wrote|a\s+[ée]crit)\s*:$" +
        @"|(?:post[ée]|posted)\s+(?:par|by)\s+.{1,60}?,?\s+(?:le|on)\s+\d" +
        @"|\d+\s+(?:r[ée]ponses?|commentaires?|comments?|thoughts?|responses?)\s+(?:[àa]|sur|on|to)\s*[«“""])",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex CommentThread();

    /// <summary>"Lire l'enquête | Au Sahel, …", "Read: Niger coup …": a short reading label, then a linked headline.</summary>
    [GeneratedRegex(@"^(?:(?:[àa]\s+)?(?:lire|relire|voir|revoir|[ée]couter|regarder|read|watch|listen|see)\b[^|:]{0,25}\s*[|:]\s*\S)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex LabelledLink();

    /// <summary>A donation appeal: "Support PREMIUM TIMES' journalism …", "Soutenez le journalisme indépendant".</summary>
    [GeneratedRegex(@"^(?:support|soutenez|soutenir)\b.{0,60}\b(?:journalism|journalisme)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex SupportAppeal();

    /// <summary>A web address inside a line ("Follow AP's Africa coverage at https://…").</summary>
    [GeneratedRegex(@"\bhttps?://\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex ContainsAddress();
}
