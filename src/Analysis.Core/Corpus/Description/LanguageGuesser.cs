using System.Buffers;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Description;

/// <summary>
/// Tells French from English by their commonest function words. The corpus is French and English
/// only; anything that shows too few of either is reported as unknown (empty) rather than guessed.
/// </summary>
internal static class LanguageGuesser
{
    private const int MinimumHits = 5;

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,.;:'\"()!?");

    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "dans", "pour", "sur", "avec",
        "qui", "que", "par", "au", "aux", "ce", "cette", "ces", "il", "elle", "ont", "a", "pas", "leur", "leurs",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "with", "on", "that", "this", "by",
        "from", "has", "have", "it", "its", "their", "which", "at", "as", "be", "been", "an", "not", "said",
    };

    /// <summary>"fr", "en", or empty when the text does not tell.</summary>
    public static string Guess(IEnumerable<string> paragraphs)
    {
        var french = 0;
        var english = 0;
        var frenchWords = French.GetAlternateLookup<ReadOnlySpan<char>>();
        var englishWords = English.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = ArrayPool<char>.Shared.Rent(256);
        foreach (var paragraph in paragraphs)
        {
            if (buffer.Length < TextFolding.BufferLength(paragraph.Length))
            {
                ArrayPool<char>.Shared.Return(buffer);
                buffer = ArrayPool<char>.Shared.Rent(TextFolding.BufferLength(paragraph.Length));
            }

            // The words are the runs between separators, read as spans of the folded paragraph.
            var rest = TextFolding.Fold(paragraph, buffer);
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny(Separators);
                var word = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (!word.IsEmpty)
                {
                    french += frenchWords.Contains(word) ? 1 : 0;
                    english += englishWords.Contains(word) ? 1 : 0;
                }
            }

            if (french + english > 400)
            {
                break; // enough evidence; long articles need not be read to the end
            }
        }

        ArrayPool<char>.Shared.Return(buffer);
        if (Math.Max(french, english) < MinimumHits)
        {
            return string.Empty;
        }

        // "a", "on", "as" exist in both languages' lists; demand a clear margin.
        return french >= 2 * english ? "fr" : english >= 2 * french ? "en" : string.Empty;
    }
}
