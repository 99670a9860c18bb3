namespace Analysis.CorpusGenerator.Universe;

/// <summary>How a noun phrase takes its article in French: "le", "la", "l'" or "les".</summary>
internal enum Gender
{
    /// <summary>"le Kanembo", "du Kanembo", "au Kanembo".</summary>
    Masculine,

    /// <summary>"la Sénamie", "de la Sénamie", "en Sénamie" (countries) or "à la" (others).</summary>
    Feminine,

    /// <summary>"l'Ostralie", "de l'Ostralie".</summary>
    Elided,

    /// <summary>"les Forces armées …", "des", "aux".</summary>
    Plural,
}

/// <summary>A generated actor: its dictionary id, canonical name and type.</summary>
internal abstract record GeneratedActor(string Id, string Name)
{
    /// <summary>The dictionary type: person, organization, country or place.</summary>
    public abstract string Type { get; }
}

/// <summary>An invented country, with its demonyms (masculine and feminine, singular and plural).</summary>
internal sealed record Country(string Id, string Name, Gender Gender, string Demonym) : GeneratedActor(Id, Name)
{
    /// <inheritdoc />
    public override string Type => "country";

    /// <summary>The alias "République du Kanembo".</summary>
    public string Republic => "République " + Phrases.De(Gender, Name);

    /// <summary>Masculine singular, feminine singular, masculine plural, feminine plural.</summary>
    public IReadOnlyList<string> Demonyms { get; } = Phrases.Inflect(Demonym);
}

/// <summary>A person, with the title the press gives them.</summary>
internal sealed record Person(string Id, string Given, string Surname, bool Female, Title Title, Country Country, string? Variant)
    : GeneratedActor(Id, Given + " " + Surname)
{
    /// <inheritdoc />
    public override string Type => "person";
}

/// <summary>An organization, named in full or by its acronym.</summary>
internal sealed record Organization(string Id, string Name, Gender Gender, string Acronym, string Topic, Country? Country)
    : GeneratedActor(Id, Name)
{
    /// <inheritdoc />
    public override string Type => "organization";
}

/// <summary>A town or region: in the dictionary, but places are not actors, so never in the truth.</summary>
internal sealed record Place(string Id, string Name, Country Country) : GeneratedActor(Id, Name)
{
    /// <inheritdoc />
    public override string Type => "place";
}

/// <summary>
/// A title: the long form written before or after a full name ("le ministre {d} de la Défense", where
/// {d} takes the country's demonym or nothing), and the short form written before a surname ("le
/// ministre"). The article is part of the text.
/// </summary>
internal sealed record Title(string Long, string Short, string Topic);
