using Analysis.Core.IO;
using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Titles;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// What a word of a person's name looks like in news prose: a capital letter, or all capitals in the
/// press's "Assimi GOÏTA" style; not a title word, not a function word that starts a sentence, not a
/// month, not one of the common nouns the press capitalises (<c>not-names.txt</c>); a common given name
/// (<c>given-names.txt</c>) marks a capitalised pair as a person's name. Particles such as
/// "ag", "ould" or "de" may sit between two name words ("Iyad Ag Ghaly", "Kyélem de Tambèla").
/// </summary>
internal sealed class NameWords
{
    private const string NotNamesResource = "Analysis.Core.Actors.Pipeline.not-names.txt";
    private const string GivenNamesResource = "Analysis.Core.Actors.Pipeline.given-names.txt";
    private const int MaxNameWords = 5;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "ag", "ould", "ben", "bin", "ibn", "el", "al", "dit", "da", "de", "dos", "van", "von", "mint" };

    private static readonly Lazy<HashSet<string>> DefaultNotNames = new(() => ReadWords(NotNamesResource));
    private static readonly Lazy<HashSet<string>> DefaultGivenNames = new(() => ReadWords(GivenNamesResource));

    private readonly TitleLexicon _titles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames;

    public NameWords(TitleLexicon titles)
    {
        _titles = titles;
        _notNames = DefaultNotNames.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        _givenNames = DefaultGivenNames.Value.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when word <paramref name="index"/> is a common given name (<c>given-names.txt</c>).</summary>
    public bool IsGivenName(TokenList tokens, int index) => _givenNames.Contains(tokens.Folded(index));

    /// <summary>True when word <paramref name="index"/> can be part of a person's name.</summary>
    public bool IsNameWord(TokenList tokens, int index)
    {
        var word = tokens.Word(index);
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        // "N'Daw", "N'Diaye": a lone capital glued to the next word by an apostrophe.
        if (word.Length == 1)
        {
            var gap = tokens.GapAfter(index);
            return gap.Length == 1 && TokenList.IsApostrophe(gap[0]) && index + 1 < tokens.Count && char.IsUpper(tokens.Word(index + 1)[0]);
        }

        var folded = tokens.Folded(index);
        return !_titles.ContainsWord(folded) && !_notNames.Contains(folded) && !char.IsDigit(word[^1]);
    }

    /// <summary>
    /// For each word, whether it is in capitals on a line written in capitals: a headline's or a crosshead's,
    /// whose capitals are the typography's, not a name's. A line is in capitals when most of its words of two
    /// letters or more are ("12 MORTS À DORI LE 3 MARS" is; numbers and single letters do not vote), and
    /// then every word of it with a capital and no lower-case letter is marked, the "N" of "N'A" too.
    /// (<see cref="NameDiscovery"/> judges a candidate person's name by the other words near it on its line
    /// instead: there the name itself must not vote.)
    /// </summary>
    public static bool[] ShoutedWords(TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var shouted = new bool[tokens.Count];
        for (var first = 0; first < tokens.Count;)
        {
            var lineEnd = tokens.LineEnd(first);
            var last = first;
            while (last + 1 < tokens.Count && tokens.Start(last + 1) < lineEnd)
            {
                last++;
            }

            int capitals = 0, voters = 0;
            for (var i = first; i <= last; i++)
            {
                var (letters, lowerCase) = Shape(tokens.Word(i));
                if (letters >= 2)
                {
                    voters++;
                    capitals += lowerCase ? 0 : 1;
                }
            }

            if (capitals * 2 > voters)
            {
                for (var i = first; i <= last; i++)
                {
                    var (letters, lowerCase) = Shape(tokens.Word(i));
                    shouted[i] = letters > 0 && !lowerCase;
                }
            }

            first = last + 1;
        }

        return shouted;
    }

    /// <summary>True when the word is written all in capitals ("GOÏTA").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word) => Shape(word) is { Letters: >= 2, LowerCase: false };

    // How many letters the word has, and whether one of them is lower case.
    private static (int Letters, bool LowerCase) Shape(ReadOnlySpan<char> word)
    {
        var (letters, lowerCase) = (0, false);
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            lowerCase |= char.IsLower(c);
        }

        return (letters, lowerCase);
    }

    /// <summary>
    /// The last word of the name that starts at word <paramref name="start"/> (name words joined by
    /// spaces, hyphens or apostrophes, particles between them), or -1 when no name starts there. The run
    /// stops before a word <paramref name="usable"/> rejects (another mention, boilerplate).
    /// </summary>
    public int RunFrom(TokenList tokens, int start, Func<int, bool> usable)
    {
        if (start >= tokens.Count || !usable(start) || !IsNameWord(tokens, start))
        {
            return -1;
        }

        var last = start;
        var i = start;
        while (last - start + 1 < MaxNameWords && tokens.JoinsNext(i))
        {
            var next = i + 1;
            if (!usable(next))
            {
                break;
            }

            if (IsNameWord(tokens, next))
            {
                last = i = next;
                continue;
            }

            if (Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(next)) && tokens.JoinsNext(next) && usable(next + 1) && IsNameWord(tokens, next + 1))
            {
                last = i = next + 1;
                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>The name as it should be shown: words in capitals become capitalised ("Moussa Saloua BARMOU"
    /// → "Moussa Saloua Barmou"); separators are kept as written.</summary>
    public static string Display(TokenList tokens, int first, int last)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var word = tokens.Word(i);
            if (IsAllCapitals(word))
            {
                builder.Append(word[0]).Append(word[1..].ToString().ToLowerInvariant());
            }
            else
            {
                builder.Append(word);
            }

            if (i < last)
            {
                var gap = tokens.GapAfter(i);
                builder.Append(gap.Trim().IsEmpty ? " " : gap.Trim());
            }
        }

        return builder.ToString();
    }

    private static HashSet<string> ReadWords(string resource)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.Lines(resource))
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.UnionWith(TokenList.Keys(word));
            }
        }

        return words;
    }
}
