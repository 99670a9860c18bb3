using System.Buffers;
using System.Globalization;
using Analysis.Core.Text;

namespace Analysis.Core.Actors.Matching;

/// <summary>
/// The words of a text (maximal runs of letters and digits), each with its offsets in the original text
/// and its folded form (lower case, no accents, same length), computed once per document so that every
/// lookup works on spans without allocating. Hyphens and apostrophes separate words: "russo-burkinabè"
/// is two words and "d’Assimi" is "d" + "Assimi", which is what whole-word matching of French needs.
/// </summary>
internal sealed class TokenList
{
    // A phrase may continue across these separators only: "G5-Sahel" = "G5 Sahel", "Côte d’Ivoire".
    private const int MaxJoinGap = 3;

    private readonly string _folded;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    private TokenList(string text, string folded, int[] starts, int[] lengths)
    {
        Text = text;
        _folded = folded;
        _starts = starts;
        _lengths = lengths;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>Number of words.</summary>
    public int Count => _starts.Length;

    /// <summary>Splits <paramref name="text"/> into words.</summary>
    public static TokenList Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A word and its separator take at least two characters: pooled arrays of half the text's length
        // hold every word, and the exact arrays are copied from them once.
        var capacity = (text.Length / 2) + 1;
        var starts = ArrayPool<int>.Shared.Rent(capacity);
        var lengths = ArrayPool<int>.Shared.Rent(capacity);
        var count = Scan(text, starts, lengths);
        var tokens = new TokenList(text, LengthPreservingFolding.Fold(text), starts.AsSpan(0, count).ToArray(), lengths.AsSpan(0, count).ToArray());
        ArrayPool<int>.Shared.Return(starts);
        ArrayPool<int>.Shared.Return(lengths);
        return tokens;
    }

    /// <summary>The folded words of a dictionary phrase, as they will be looked up.</summary>
    public static string[] Keys(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var count = Scan(phrase, [], []);
        Span<int> starts = count <= 64 ? stackalloc int[count] : new int[count];
        Span<int> lengths = count <= 64 ? stackalloc int[count] : new int[count];
        Scan(phrase, starts, lengths);
        var keys = new string[count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = LengthPreservingFolding.Fold(phrase.AsSpan(starts[i], lengths[i]));
        }

        return keys;
    }

    /// <summary>Adds the folded words of <paramref name="phrase"/> to <paramref name="keys"/>, as
    /// <see cref="Keys(string)"/> would give them; a string is made only for a word not there yet.</summary>
    public static void AddKeys(ReadOnlySpan<char> phrase, HashSet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < phrase.Length)
        {
            var length = WordLength(phrase, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            var word = phrase.Slice(i, length);
            var folded = length <= buffer.Length ? buffer[..length] : new char[length];
            LengthPreservingFolding.Fold(word, folded);
            lookup.Add(folded);
            i += length;
        }
    }

    // The length of the word starting at start, or 0 when no word starts there.
    private static int WordLength(ReadOnlySpan<char> text, int start)
    {
        if (!IsWordChar(text[start]))
        {
            return 0;
        }

        var end = start + 1;
        while (end < text.Length && (IsWordChar(text[end]) || IsMark(text[end])))
        {
            end++;
        }

        return end - start;
    }

    // The words of text: fills starts and lengths when they are long enough, and returns the count.
    private static int Scan(string text, Span<int> starts, Span<int> lengths)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = WordLength(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (count < starts.Length)
            {
                starts[count] = i;
                lengths[count] = length;
            }

            count++;
            i += length;
        }

        return count;
    }

    /// <summary>Offset of word <paramref name="index"/> in the text.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>Offset just past word <paramref name="index"/>.</summary>
    public int End(int index) => _starts[index] + _lengths[index];

    /// <summary>Offset of the first character of the line that holds word <paramref name="index"/>.</summary>
    public int LineStart(int index) => _starts[index] == 0 ? 0 : Text.LastIndexOf('\n', _starts[index] - 1) + 1;

    /// <summary>Offset of the line break that ends the line holding word <paramref name="index"/>, or the text's length.</summary>
    public int LineEnd(int index)
    {
        var end = Text.IndexOf('\n', _starts[index]);
        return end < 0 ? Text.Length : end;
    }

    /// <summary>The span from the start of word <paramref name="first"/> to the end of word <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int last) => TextSpan.FromBounds(Start(first), End(last));

    /// <summary>The word as written.</summary>
    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The word folded (lower case, no accents).</summary>
    public ReadOnlySpan<char> Folded(int index) => _folded.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The characters between word <paramref name="index"/> and the next one.</summary>
    public ReadOnlySpan<char> GapAfter(int index) =>
        index + 1 < Count ? Text.AsSpan(End(index), Start(index + 1) - End(index)) : ReadOnlySpan<char>.Empty;

    /// <summary>True when a phrase may run on from word <paramref name="index"/> to the next: only spaces,
    /// hyphens or apostrophes lie between them, never a line break or punctuation.</summary>
    public bool JoinsNext(int index)
    {
        var gap = GapAfter(index);
        if (gap.IsEmpty || gap.Length > MaxJoinGap || index + 1 >= Count)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (!IsJoiner(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when word <paramref name="index"/> is directly followed by a hyphen and another word.</summary>
    public bool IsHyphenatedToNext(int index)
    {
        var gap = GapAfter(index);
        return gap.Length == 1 && IsHyphen(gap[0]) && index + 1 < Count;
    }

    /// <summary>Index of the first word that starts at or after <paramref name="offset"/> (Count when none).</summary>
    public int IndexAtOrAfter(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index;
    }

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212';

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    private static bool IsJoiner(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' || IsHyphen(c) || IsApostrophe(c);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
