using System.Buffers;
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


    private delegate void TermAction<TState>(ReadOnlySpan<char> term, TState state);

    /// <summary>The article's terms in text order, repeats included.</summary>
    public static IEnumerable<string> Tokens(Document document)
    {
        var tokens = new List<string>();
        ForEachTerm(document, tokens, static (term, tokens) => tokens.Add(term.ToString()));
        return tokens;
    }

    /// <summary>The article's distinct terms, weighted 1 + ln(count), in order of first occurrence.</summary>
    public static IReadOnlyList<WeightedKey> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // About one distinct term per dozen characters of prose: sized once instead of grown through
        // half a dozen copies.
        var articleLength = 0;
        foreach (var segment in document.ArticleSegments)
        {
            articleLength += segment.Span.Length;
        }

        var counts = new Dictionary<ulong, (int Count, int Order)>(articleLength / 12);
        ForEachTerm(document, counts, static (term, counts) =>
        {
            var key = TermKey.OfTerm(term);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Order) : (1, counts.Count);
        });

        // Nothing is ever removed, so the dictionary enumerates in order of first occurrence.
        var keys = new WeightedKey[counts.Count];
        foreach (var (key, (count, order)) in counts)
        {
            keys[order] = new WeightedKey(key, 1 + Math.Log(count), order);
        }

        return keys;
    }

    // Folds each article segment into one reused buffer and hands each term over as a span: a long article
    // has thousands of words, and none of them needs a string of its own to be hashed.
    private static void ForEachTerm<TState>(Document document, TState state, TermAction<TState> action)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stopWords = StopWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> singular = stackalloc char[MaxLength];
        var buffer = ArrayPool<char>.Shared.Rent(256);
        foreach (var segment in document.ArticleSegments)
        {
            var text = document.Text.AsSpan(segment.Span.Start, segment.Span.Length);
            if (buffer.Length < TextFolding.BufferLength(text.Length))
            {
                ArrayPool<char>.Shared.Return(buffer);
                buffer = ArrayPool<char>.Shared.Rent(TextFolding.BufferLength(text.Length));
            }

            var folded = TextFolding.Fold(text, buffer);
            var start = -1;
            for (var i = 0; i <= folded.Length; i++)
            {
                if (i < folded.Length && char.IsLetterOrDigit(folded[i]))
                {
                    start = start < 0 ? i : start;
                }
                else if (start >= 0)
                {
                    var word = folded[start..i];
                    if (IsTerm(word, stopWords))
                    {
                        action(Singular(word, singular), state);
                    }

                    start = -1;
                }
            }
        }

        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>False for a stop word, a number or a stray letter.</summary>
    private static bool IsTerm(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords) =>
        word.Length is >= MinLength and <= MaxLength && word.ContainsAnyExcept(UnicodeDigits.All) && !stopWords.Contains(word);

    // French and English plurals, crudely: "generaux" → "general", "armees" → "armee", "forces" → "force".
    // Words too short to carry a plural ("pas", "fds", "aes") are left alone. "-aux" becomes "-al" in
    // <paramref name="scratch"/>; the other forms are slices of the word.
    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.Length > 5 && word.EndsWith("aux", StringComparison.Ordinal))
        {
            word[..^3].CopyTo(scratch);
            "al".CopyTo(scratch[(word.Length - 3)..]);
            return scratch[..(word.Length - 1)];
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
