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

    private const string TimeOfDay =
        @"(?:\s*(?:[àa@,-]|at)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*(?:GMT|UTC|am|pm))?)?";

    private const string DateLabel =
        @"(?:date|dat[eé]\s+de\s+publication|publi[ée]+(?:\s+le)?|published(?:\s+on)?|mis\s+[àa]\s+jour(?:\s+le)?|updated(?:\s+on)?|posted(?:\s+on)?)\s*:?\s*";

    /// <summary>
    /// A publication-date label at the start of a line, followed by a date: " date 2024-11 Le Mali…",
    /// "Publié le 6 mars 2024 à 10h32", "Published on August 29, 2023", "Mis à jour le 29/08/2023".
    /// The date itself is read later by the date finder; this only tells where the label ends.
    /// </summary>
    [GeneratedRegex("^" + DateLabel + Weekday + DateShape + TimeOfDay, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex DatelinePrefix();

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

    /// <summary>"© 2024 Sahel Times. All rights reserved.", "Copyright 2019-2024 Reflet info": the holder's name.</summary>
    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,-]?\s*)?(?<name>[\p{L}\d][^.|©]{1,60}?)\s*(?:[.|,-]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex CopyrightHolder();

    /// <summary>"Par Mamadou COULYBALI", "By Jane Doe", "Publié par …": an explicit author label.</summary>
    [GeneratedRegex(@"^(?:par|by|de\s+notre\s+correspondant|publi[ée]\s+par|posted\s+by|written\s+by|auteur|author)\s*:?\s+(?<name>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex BylineLabel();
}
