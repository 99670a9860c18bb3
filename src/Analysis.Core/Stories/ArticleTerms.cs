using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Core.Text;

namespace Analysis.Core.Stories;

/// <summary>
/// The content words of an article's text (headline and prose only: menus, related-article links, bylines
/// and outlet blurbs would make every article of one site look alike). Words are folded (case, accents),
/// French and English stop words (<c>stop-words.txt</c>) and numbers are dropped, and plural endings are
/// stripped ("armées" and "armée", "généraux" and "général" count as one term) because two outlets rarely
/// put the same noun in the same number. Nothing subtler: the words are compared by weight, not parsed.
/// </summary>
internal static class ArticleTerms
{
    private const string StopWordsResource = "Analysis.Core.Stories.stop-words.txt";
    private const int MinLength = 2;
    private const int MaxLength = 40;

    private static readonly Lazy<HashSet<string>> StopWords = new(ReadStopWords);

    /// <summary>The article's terms in text order, repeats included.</summary>
    public static IEnumerable<string> Tokens(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var segment in document.ArticleSegments)
        {
            var folded = TextFolding.Fold(document.TextOf(segment));
            var start = -1;
            for (var i = 0; i <= folded.Length; i++)
            {
                if (i < folded.Length && char.IsLetterOrDigit(folded[i]))
                {
                    start = start < 0 ? i : start;
                }
                else if (start >= 0)
                {
                    if (Term(folded[start..i]) is { } term)
                    {
                        yield return term;
                    }

                    start = -1;
                }
            }
        }
    }

    /// <summary>The article's distinct terms, weighted 1 + ln(count), in order of first occurrence.</summary>
    public static IReadOnlyList<WeightedKey> Of(Document document)
    {
        var counts = new Dictionary<ulong, (int Count, int Order)>();
        foreach (var token in Tokens(document))
        {
            var key = TermKey.OfTerm(token);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Order) : (1, counts.Count);
        }

        return [.. counts.Select(pair => new WeightedKey(pair.Key, 1 + Math.Log(pair.Value.Count), pair.Value.Order)).OrderBy(k => k.Order)];
    }

    /// <summary>The normalised term of a folded word, or null for a stop word, a number or a stray letter.</summary>
    internal static string? Term(string word)
    {
        if (word.Length is < MinLength or > MaxLength || word.All(char.IsDigit) || StopWords.Value.Contains(word))
        {
            return null;
        }

        return Singular(word);
    }

    // French and English plurals, crudely: "generaux" → "general", "armees" → "armee", "forces" → "force".
    // Words too short to carry a plural ("pas", "fds", "aes") are left alone.
    private static string Singular(string word)
    {
        if (word.Length > 5 && word.EndsWith("aux", StringComparison.Ordinal))
        {
            return word[..^3] + "al";
        }

        return word.Length > 4 && word[^1] is 's' or 'x' && word[^2] != 's' ? word[..^1] : word;
    }

    private static HashSet<string> ReadStopWords() =>
        EmbeddedText.Lines(StopWordsResource)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(TextFolding.Fold)
            .ToHashSet(StringComparer.Ordinal);
}
