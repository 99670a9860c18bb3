using System.Text;
using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// Writes article n of a corpus from its own random stream, so any article can be written on any thread
/// and the corpus does not depend on the order or the number of threads.
/// </summary>
internal sealed class ArticleWriter
{
    private static readonly string[] Topics = ["security", "security", "security", "diplomacy", "diplomacy", "economy", "economy"];

    private readonly ActorUniverse _universe;
    private readonly ulong _seed;
    private readonly List<Outlet> _outlets;
    private readonly List<Place> _towns;
    private readonly Dictionary<string, Template[]> _sentences;
    private readonly Dictionary<string, Template[]> _headlines;
    private readonly Template[] _general = [.. GeneralTemplates.Sentences.Select(Template.Of)];
    private readonly Template[] _closings = [.. GeneralTemplates.Closings.Select(Template.Of)];

    public ArticleWriter(ActorUniverse universe, ulong seed)
    {
        _universe = universe;
        _seed = seed;
        _outlets = Outlet.Create(universe, seed);
        _towns = [.. universe.Places.Where(p => Names.Towns.Contains(p.Name))];
        _sentences = new(StringComparer.Ordinal)
        {
            ["security"] = [.. SecurityTemplates.Sentences.Select(Template.Of)],
            ["diplomacy"] = [.. DiplomacyTemplates.Sentences.Select(Template.Of)],
            ["economy"] = [.. EconomyTemplates.Sentences.Select(Template.Of)],
        };
        _headlines = new(StringComparer.Ordinal)
        {
            ["security"] = [.. SecurityTemplates.Headlines.Select(Template.Of)],
            ["diplomacy"] = [.. DiplomacyTemplates.Headlines.Select(Template.Of)],
            ["economy"] = [.. EconomyTemplates.Headlines.Select(Template.Of)],
        };
    }

    /// <summary>Writes article <paramref name="number"/>.</summary>
    public GeneratedArticle Write(long number)
    {
        var rng = new Rng(_seed, (ulong)number + 1);
        var topic = rng.Pick(Topics);
        var cast = CastFor(topic, ref rng, counts: true);
        var outlet = rng.Pick(_outlets);
        var page = new PageLayout(outlet, _universe, rng.Next());

        var paragraphs = new List<string>();
        var target = rng.Between(1250, 3000);
        var length = 0;
        while (length < target || paragraphs.Count < 3)
        {
            var said = cast.Mark();
            var paragraph = Paragraph(topic, cast, ref rng, paragraphs.Count == 0);
            if (length + paragraph.Length > 3300 && paragraphs.Count >= 3)
            {
                // Dropped: the actors it named are not in the article.
                cast.Rollback(said);
                break;
            }

            paragraphs.Add(paragraph);
            length += paragraph.Length + 2;
        }

        paragraphs.Add(Sentence(rng.Pick(_closings), cast, ref rng));
        var headline = Headline(topic, cast, ref rng);
        var teaser = Headline(rng.Pick(Topics), CastFor(rng.Pick(Topics), ref rng, counts: false), ref rng);
        var text = page.Compose(headline, paragraphs, teaser, cast, out var date);
        if (outlet.Typographic)
        {
            text = text.Replace('\'', '’');
        }

        return new GeneratedArticle(text, cast.Named, date);
    }

    private Cast CastFor(string topic, ref Rng rng, bool counts)
    {
        var persons = new List<Person>();
        var wanted = rng.Between(1, 4);
        for (var tries = 0; persons.Count < wanted && tries < 40; tries++)
        {
            var person = rng.Pick(_universe.Persons);
            if ((person.Title.Topic == topic || rng.Chance(0.3)) && !persons.Exists(p => p.Surname == person.Surname || p.Given == person.Surname || p.Surname == person.Given))
            {
                persons.Add(person);
            }
        }

        var organizations = new List<Organization>();
        var wantedOrganizations = rng.Pick([0, 1, 1, 2, 2, 3]);
        for (var tries = 0; organizations.Count < wantedOrganizations && tries < 40; tries++)
        {
            var organization = rng.Pick(_universe.Organizations);
            if ((organization.Topic == topic || rng.Chance(0.2)) && !organizations.Contains(organization))
            {
                organizations.Add(organization);
            }
        }

        var countries = persons.Select(p => p.Country).Concat(organizations.Select(o => o.Country).OfType<Country>()).Distinct().Take(4).ToList();
        while (countries.Count < 2)
        {
            var country = rng.Pick(_universe.Countries);
            if (!countries.Contains(country))
            {
                countries.Add(country);
            }
        }

        rng.Shuffle(countries);
        var first = rng.Pick(_towns);
        var second = rng.Pick(_towns);
        return new Cast(persons, organizations, countries, second == first ? [first] : [first, second], counts);
    }

    private string Paragraph(string topic, Cast cast, ref Rng rng, bool lead)
    {
        var text = new StringBuilder();
        var count = rng.Between(2, 4);
        for (var i = 0; i < count; i++)
        {
            var pool = lead || rng.Chance(0.65) ? _sentences[topic] : _general;
            lead = false;
            Template? template = null;
            for (var tries = 0; template is null; tries++)
            {
                // A sentence is not repeated within an article, unless the cast leaves little choice.
                var candidate = Pick(pool, cast, ref rng) ?? Pick(_general, cast, ref rng)!;
                template = cast.Use(candidate) || tries == 5 ? candidate : null;
            }

            text.Append(text.Length > 0 ? " " : string.Empty).Append(Sentence(template, cast, ref rng));
        }

        return text.ToString();
    }

    private string Headline(string topic, Cast cast, ref Rng rng) =>
        Pick(_headlines[topic], cast, ref rng) is { } template
            ? Sentence(template, cast, ref rng)
            : Sentence(Pick(_general, cast, ref rng)!, cast, ref rng).TrimEnd('.');

    private static Template? Pick(Template[] pool, Cast cast, ref Rng rng)
    {
        for (var tries = 0; tries < 12; tries++)
        {
            var template = pool[rng.Below(pool.Length)];
            if (cast.Fits(template))
            {
                return template;
            }
        }

        return null;
    }

    private static string Sentence(Template template, Cast cast, ref Rng rng) =>
        Phrases.Capitalized(TemplateRenderer.Render(template.Text, cast, ref rng, rng.Below(6)));
}
