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

    private static readonly string[] French =
    [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "dans", "pour", "sur", "avec",
        "qui", "que", "par", "au", "aux", "ce", "cette", "ces", "il", "elle", "ont", "a", "pas", "leur", "leurs",
    ];

    private static readonly string[] English =
    [
        "the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "with", "on", "that", "this", "by",
        "from", "has", "have", "it", "its", "their", "which", "at", "as", "be", "been", "an", "not", "said",
    ];

    // Each function word once, with the languages whose list has it (a word put in both lists counts for
    // both): one look-up a word where there were two, and none for a word longer than every function word, which
    // most words of an article are. This ran for every word of every article (a tenth of reading a page).
    private static readonly Dictionary<string, Language> Words = Index();

    private static readonly int LongestWord = Words.Keys.Max(w => w.Length);

    [Flags]
    private enum Language
    {
        None = 0,
        French = 1,
        English = 2,
    }

    /// <summary>"fr", "en", or empty when the text does not tell.</summary>
    public static string Guess(IEnumerable<string> paragraphs)
    {
        var french = 0;
        var english = 0;
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
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
                if (!word.IsEmpty && word.Length <= LongestWord && words.TryGetValue(word, out var language))
                {
                    french += (language & Language.French) != 0 ? 1 : 0;
                    english += (language & Language.English) != 0 ? 1 : 0;
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

    private static Dictionary<string, Language> Index()
    {
        var words = new Dictionary<string, Language>(StringComparer.Ordinal);
        foreach (var word in French)
        {
            words[word] = Language.French;
        }

        foreach (var word in English)
        {
            words[word] = words.GetValueOrDefault(word) | Language.English;
        }

        return words;
    }
}
