namespace Analysis.Core.Actors.Matching;

/// <summary>Which of an actor's name forms a dictionary phrase is; each is matched by its own rule.</summary>
internal enum NameForm
{
    /// <summary>The canonical name or an alias: case- and accent-insensitive.</summary>
    Alias,

    /// <summary>An acronym: case-sensitive (exact or all capitals).</summary>
    Acronym,

    /// <summary>A demonym of a country: case- and accent-insensitive.</summary>
    Demonym,

    /// <summary>A country's combining form: only before a hyphen ("russo-").</summary>
    CombiningForm,
}

/// <summary>One dictionary phrase and the actor it names.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Form">Which name form the phrase is.</param>
/// <param name="Written">The phrase as the dictionary writes it (acronyms are compared with it).</param>
internal sealed record AliasEntry(Actor Actor, NameForm Form, string Written)
{
    /// <summary>The words of an acronym as written, split once when the dictionary is built (null for other forms):
    /// matching compares them with the text at every candidate, and "au", "un" are candidates in every article.</summary>
    public TokenList? AcronymWords { get; } = Form == NameForm.Acronym ? TokenList.Create(Written) : null;
}

/// <summary>A dictionary phrase found in a text, from word <paramref name="First"/> to word <paramref name="Last"/>.</summary>
internal readonly record struct AliasMatch(int First, int Last, AliasEntry Entry);
