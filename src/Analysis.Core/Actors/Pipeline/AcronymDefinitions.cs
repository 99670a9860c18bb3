using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Finds "Long Name (ACRONYM)" definitions: an acronym in brackets right after a capitalised phrase whose
/// significant words' initials spell it ("Volontaires pour la Défense de la Patrie (VDP)"). Checking the
/// initials is what keeps "à Bamako (Mali)" or "le président (PDG)" from being taken for definitions.
/// </summary>
internal static class AcronymDefinitions
{
    private const int MaxNameWords = 12;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "la", "le", "les", "l", "d", "pour", "et", "en", "au", "aux", "a", "sur", "dans",
        "of", "the", "for", "and", "in", "on", "to",
    };

    /// <summary>A definition: the long name's words and the acronym's word.</summary>
    public readonly record struct Definition(int First, int Last, int Acronym);

    /// <summary>The definitions in <paramref name="tokens"/> whose words <paramref name="usable"/> accepts.</summary>
    public static IEnumerable<Definition> FindAll(TokenList tokens, Func<int, bool> usable)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (IsBracketedAcronym(tokens, i) && usable(i) && LongNameBefore(tokens, i, usable) is { } first)
            {
                yield return new Definition(first, i - 1, i);
            }
        }
    }

    private static bool IsBracketedAcronym(TokenList tokens, int i)
    {
        var word = tokens.Word(i);
        var capitals = 0;
        foreach (var c in word)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return word.Length is >= 2 and <= 10 && char.IsUpper(word[0]) && capitals >= 2 && capitals >= word.Length - 1
            && tokens.GapAfter(i - 1).Trim() is "(" && ClosesBracket(tokens, i);
    }

    // ")" after the acronym, also when it is the text's last character (GapAfter stops at the last word).
    private static bool ClosesBracket(TokenList tokens, int i) =>
        i + 1 < tokens.Count
            ? tokens.GapAfter(i).TrimEnd() is ")" or ")," or ")." or ");"
            : tokens.Text.AsSpan(tokens.End(i)).TrimEnd() is ")" or ")." or "),";

    // The shortest run of words ending just before the bracket whose initials spell the acronym.
    private static int? LongNameBefore(TokenList tokens, int acronym, Func<int, bool> usable)
    {
        // Only the capitals count: "FAMa" is "Forces Armées Maliennes".
        var letters = string.Concat(tokens.Word(acronym).ToString().Where(char.IsUpper));
        var initials = new System.Text.StringBuilder();
        for (var first = acronym - 1; first >= 0 && acronym - first <= MaxNameWords && usable(first); first--)
        {
            if (first < acronym - 1 && !tokens.JoinsNext(first))
            {
                return null;
            }

            if (!Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(first)))
            {
                initials.Insert(0, char.ToUpperInvariant(tokens.Folded(first)[0]));
            }

            if (initials.Length > letters.Length)
            {
                return null;
            }

            if (initials.ToString() == letters && char.IsUpper(tokens.Word(first)[0]))
            {
                return first;
            }
        }

        return null;
    }
}
