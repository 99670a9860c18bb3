namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Tells whether a short line is shaped like a person's name ("Mamadou COULYBALI", "Hamissa Konaté",
/// "Jean-Baptiste Ouédraogo", "Aminata ag Mohamed"): two to five capitalised or all-caps words, with
/// the particles names carry, and nothing else.
/// </summary>
internal static class NameShape
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "da", "dos", "das", "di", "del", "van", "von", "der", "le", "la",
        "ben", "bin", "ibn", "bint", "ould", "ag", "el", "al", "abd", "abou", "abu", "ou",
    };

    private static readonly HashSet<string> NewsroomBylines = new(StringComparer.Ordinal)
    {
        "la redaction", "redaction", "la redaction web", "the editors", "editorial staff", "staff reporter",
    };

    /// <summary>True when the whole line reads as one or two person names, or a newsroom signature.</summary>
    public static bool IsNameLine(string line, string folded)
    {
        if (NewsroomBylines.Contains(folded))
        {
            return true;
        }

        if (line.Length > 80)
        {
            return false;
        }

        // "Awa Traoré et Jean Dupont", "Awa Traoré, Jean Dupont": several authors on one line.
        var names = line.Split([" et ", " and ", ", ", " & "], StringSplitOptions.TrimEntries);
        return names.Length <= 3 && names.All(IsName);
    }

    /// <summary>
    /// A newsroom or outlet signing as author: "RFI", "Le Figaro", "Le Républicain", "Al Jazeera Staff":
    /// one to four capitalised words (articles allowed), or an acronym.
    /// </summary>
    public static bool IsNewsroom(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4)
        {
            return false;
        }

        if (words.Length == 1)
        {
            return words[0].Length is >= 2 and <= 8 && words[0].All(c => char.IsUpper(c) || char.IsDigit(c))
                || IsNameWord(words[0]);
        }

        return words.All(w => Particles.Contains(w) || IsNameWord(w)) && !Particles.Contains(words[^1]);
    }

    /// <summary>True when <paramref name="text"/> is two to five name words.</summary>
    public static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        var nameWords = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (!IsNameWord(word))
            {
                return false;
            }

            nameWords++;
        }

        return nameWords >= 2;
    }

    /// <summary>"Konaté", "COULYBALI", "Jean-Baptiste", "N'Diaye", "M’Bareck".</summary>
    private static bool IsNameWord(string word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('-' or '\'' or '\u2019' or '.'))
            {
                return false;
            }
        }

        // A lone initial with its dot ("J.") counts; a lone letter without one does not.
        return letters >= 2 || (letters == 1 && word.EndsWith('.'));
    }
}
