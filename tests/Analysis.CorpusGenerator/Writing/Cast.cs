using Analysis.CorpusGenerator.Universe;

namespace Analysis.CorpusGenerator.Writing;

/// <summary>
/// The actors one article draws on, and what it has said of them so far: which actors its prose names
/// (the truth), and which persons it has already named in full (after which a surname alone, or a title
/// and the surname, is enough for a reader and for the extractor's in-article resolution).
/// </summary>
internal sealed class Cast(List<Person> persons, List<Organization> organizations, List<Country> countries, List<Place> towns, bool counts)
{
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inFull = new(StringComparer.Ordinal);
    private readonly HashSet<Template> _used = new(ReferenceEqualityComparer.Instance);

    // In order, so a dropped paragraph can be taken back (see Rollback).
    private readonly List<string> _inFullOrder = [];
    private readonly List<Template> _usedOrder = [];

    public List<Person> Persons { get; } = persons;

    public List<Organization> Organizations { get; } = organizations;

    public List<Country> Countries { get; } = countries;

    public List<Place> Towns { get; } = towns;

    /// <summary>False for boilerplate (teasers, tags): what it names is not in the truth.</summary>
    public bool Counts { get; } = counts;

    /// <summary>The ids of the actors named so far, in order of first mention.</summary>
    public List<string> Named { get; } = [];

    /// <summary>Records that the text names <paramref name="actor"/> in a form the dictionary lists.</summary>
    public void Name(GeneratedActor actor)
    {
        if (Counts && _named.Add(actor.Id))
        {
            Named.Add(actor.Id);
        }
    }

    /// <summary>Whether <paramref name="person"/> was already named in full in this text.</summary>
    public bool WasNamedInFull(Person person) => _inFull.Contains(person.Id);

    /// <summary>Records a full-name mention of <paramref name="person"/>.</summary>
    public void NameInFull(Person person)
    {
        if (_inFull.Add(person.Id))
        {
            _inFullOrder.Add(person.Id);
        }

        Name(person);
    }

    /// <summary>Records that the article uses <paramref name="template"/>; false when it already did.</summary>
    public bool Use(Template template)
    {
        if (!_used.Add(template))
        {
            return false;
        }

        _usedOrder.Add(template);
        return true;
    }

    /// <summary>What has been said so far, to go back to with <see cref="Rollback"/>.</summary>
    public (int Named, int InFull, int Used) Mark() => (Named.Count, _inFullOrder.Count, _usedOrder.Count);

    /// <summary>
    /// Forgets what was said since <paramref name="mark"/>: text written and then dropped (a paragraph that
    /// would make the article too long) named nobody, and must not put its actors in the truth nor let a
    /// later sentence call a person by the surname alone.
    /// </summary>
    public void Rollback((int Named, int InFull, int Used) mark)
    {
        _named.ExceptWith(Named.Skip(mark.Named));
        Named.RemoveRange(mark.Named, Named.Count - mark.Named);
        _inFull.ExceptWith(_inFullOrder.Skip(mark.InFull));
        _inFullOrder.RemoveRange(mark.InFull, _inFullOrder.Count - mark.InFull);
        _used.ExceptWith(_usedOrder.Skip(mark.Used));
        _usedOrder.RemoveRange(mark.Used, _usedOrder.Count - mark.Used);
    }

    /// <summary>Whether the template's needs fit this cast.</summary>
    public bool Fits(Template template) =>
        template.Persons <= Persons.Count && template.Organizations <= Organizations.Count
        && template.Countries <= Countries.Count && template.Towns <= Towns.Count;
}

/// <summary>A sentence template and how many actors of each kind it needs.</summary>
internal sealed record Template(string Text, int Persons, int Organizations, int Countries, int Towns)
{
    /// <summary>Parses the slots of <paramref name="text"/>: "{P1.de}" needs two persons.</summary>
    public static Template Of(string text)
    {
        int p = 0, o = 0, c = 0, l = 0;
        for (var i = text.IndexOf('{', StringComparison.Ordinal); i >= 0; i = text.IndexOf('{', i + 1))
        {
            if (i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]))
            {
                var need = text[i + 2] - '0' + 1;
                switch (text[i + 1])
                {
                    case 'P': p = Math.Max(p, need); break;
                    case 'O': o = Math.Max(o, need); break;
                    case 'C' or 'D': c = Math.Max(c, need); break;
                    case 'L': l = Math.Max(l, need); break;
                }
            }
        }

        return new Template(text, p, o, c, l);
    }
}
