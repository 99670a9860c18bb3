using System.Globalization;
using System.Text;
using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// Lays an article out as a scraped page: menus, headline, byline, a date in one of the forms sites use
/// (or none), the paragraphs with advertisements and "A LIRE AUSSI" teasers between them, then share
/// buttons, tags, the outlet's blurb, the comment form and the cookie banner.
/// </summary>
internal sealed class PageLayout(Outlet outlet, ActorUniverse universe, ulong seed)
{
    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] Weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    private Rng _rng = new(seed, 7);

    /// <summary>The page's text; <paramref name="date"/> is the date it states, if any.</summary>
    public string Compose(string headline, List<string> paragraphs, string teaser, Cast cast, out DateOnly? date)
    {
        var day = FirstDay.AddDays(_rng.Below(7 * 365));
        var style = _rng.Below(100);
        date = style < 85 ? day : null;
        var page = new List<string>();
        if (_rng.Chance(0.7))
        {
            page.AddRange(_rng.Pick(Boilerplate.Menus).Select(Section));
        }

        page.Add(_rng.Chance(0.15) ? headline.ToUpperInvariant() : headline);
        if (_rng.Chance(0.65))
        {
            page.Add(Byline(cast));
        }

        var body = new List<string>(paragraphs);
        switch (style)
        {
            case < 25:
                var town = cast.Towns[0].Name;
                body[0] = (_rng.Chance(0.5) ? $"{town}, le {Long(day)} – " : $"{town.ToUpperInvariant()}, {Long(day)} – ") + body[0];
                break;
            case < 50:
                page.Add($"Publié le {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" + (_rng.Chance(0.5) ? $" à {_rng.Between(6, 22)}h{_rng.Between(0, 59):D2}" : string.Empty));
                break;
            case < 70:
                page.Add(Long(day));
                break;
            case < 85:
                page.Add(Weekdays[(int)day.DayOfWeek] + " " + Long(day));
                break;
        }

        for (var i = 0; i < body.Count; i++)
        {
            page.Add(body[i]);
            if (i == 0 && _rng.Chance(0.55))
            {
                page.Add(_rng.Pick(Boilerplate.RelatedLabels) + teaser);
            }
            else if (i > 0 && i < body.Count - 2 && _rng.Chance(0.25))
            {
                page.Add(_rng.Pick(Boilerplate.Advertisements));
            }
        }

        page.AddRange(Footer(cast));
        return string.Join("\n\n", page) + (_rng.Chance(0.5) ? "\n" : string.Empty);
    }

    private static string Long(DateOnly day) =>
        (day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture)) + " " + Months[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture);

    private string Section(string line) =>
        line.Replace("{Rubrique}", _rng.Pick(Boilerplate.Sections), StringComparison.Ordinal)
            .Replace("{Sous-rubrique}", _rng.Pick(Boilerplate.Sections), StringComparison.Ordinal);

    private string Byline(Cast cast)
    {
        var journalist = _rng.Pick(universe.Journalists);
        var space = journalist.IndexOf(' ', StringComparison.Ordinal);
        var caps = journalist[..space] + " " + journalist[(space + 1)..].ToUpper(French);
        return _rng.Below(4) switch
        {
            0 => "Par " + caps,
            1 => "Par " + journalist,
            2 => $"De notre correspondant à {cast.Towns[0].Name}, {journalist}",
            _ => $"Par {journalist}, envoyé spécial",
        };
    }

    private List<string> Footer(Cast cast)
    {
        var lines = new List<string>();
        var blurb = _rng.Pick(Boilerplate.Blurbs).Replace("{outlet}", outlet.Name, StringComparison.Ordinal)
            .Replace("{d}", outlet.Country.Demonym, StringComparison.Ordinal);
        switch (outlet.Layout)
        {
            case 0:
                lines.Add("www." + outlet.Domain);
                lines.Add(outlet.Name);
                lines.Add(blurb);
                lines.AddRange(_rng.Pick(Boilerplate.CommentForms));
                break;
            case 1:
                lines.AddRange(_rng.Pick(Boilerplate.Shares));
                lines.Add(Tags(cast));
                lines.AddRange(_rng.Pick(Boilerplate.CommentForms));
                lines.Add($"© {_rng.Between(2019, 2025)} {outlet.Name}. Tous droits réservés.");
                break;
            case 2:
                lines.AddRange(_rng.Pick(Boilerplate.Shares));
                lines.Add(_rng.Pick(Boilerplate.Subscriptions));
                lines.Add(_rng.Pick(Boilerplate.Cookies));
                lines.Add($"Copyright {outlet.Name} - Tous droits réservés");
                break;
            default:
                lines.Add(Tags(cast));
                lines.Add(blurb);
                lines.AddRange(_rng.Pick(Boilerplate.CommentForms));
                lines.Add(_rng.Pick(Boilerplate.Cookies));
                break;
        }

        return lines;
    }

    // Tags name the article's countries and one other country the prose never mentions: boilerplate only.
    private string Tags(Cast cast)
    {
        var tags = new StringBuilder(_rng.Chance(0.5) ? "Tags : " : "Mots-clés : ");
        tags.AppendJoin(", ", cast.Countries.Take(2).Select(c => c.Name));
        var other = _rng.Pick(universe.Countries);
        return tags.Append(", ").Append(other.Name).Append(", ").Append(_rng.Pick(Boilerplate.Sections).ToLower(French)).ToString();
    }
}
