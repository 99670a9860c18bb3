using System.Buffers;
using System.Globalization;
using System.Text;

namespace Analysis.Core.Text;

/// <summary>
/// Folds text for comparison: lower case, no diacritics, ASCII apostrophes, quotes and dashes, single
/// spaces. "À LIRE AUSSI :" and "a lire aussi:" fold alike. The result is for matching only; offsets
/// are always taken in the original text.
/// </summary>
public static class TextFolding
{
    private const int StackLimit = 256;

    // Latin text (Basic Latin to IPA, the combining diacritics, Latin Extended Additional, general
    // punctuation) folds one character at a time through a table: the canonical decomposition of such a
    // string is the concatenation of its characters' decompositions, up to the order of combining marks,
    // which folding drops. Anything else goes through Unicode normalisation as a whole.
    private static readonly (char First, char Last)[] TableRanges = [('\u0000', '\u036F'), ('\u1E00', '\u1EFF'), ('\u2000', '\u206F')];
    private static readonly SearchValues<char> TableChars = SearchValues.Create(
        [.. TableRanges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1).Select(c => (char)c))]);

    private static readonly string[] FoldTable = BuildTable();

    // Printable ASCII, most of a French or English page, folds to one character each: a char lookup
    // rather than a string copy per character.
    private static readonly char[] AsciiFold = [.. Enumerable.Range(0, 0x80).Select(c => FoldTable[c] is { Length: 1 } one ? one[0] : '\0')];

    /// <summary>Folds <paramref name="text"/> (see the type's summary).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().ContainsAnyExcept(TableChars))
        {
            return Normalized(text);
        }

        // A character folds to at most two ("œ" → "oe"), and spaces only shrink.
        if (text.Length <= StackLimit / 2)
        {
            Span<char> buffer = stackalloc char[StackLimit];
            return new string(buffer[..FoldLatin(text, buffer)]);
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length * 2);
        var folded = new string(rented, 0, FoldLatin(text, rented));
        ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

    /// <summary>
    /// Folds <paramref name="text"/> like <see cref="Fold(string)"/> without making a string for Latin
    /// text: the result is then a slice of <paramref name="buffer"/>, which must hold
    /// <see cref="BufferLength"/> characters. Other text is folded into a new string.
    /// </summary>
    internal static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> buffer) =>
        text.ContainsAnyExcept(TableChars) ? Normalized(text.ToString()) : buffer[..FoldLatin(text, buffer)];

    /// <summary>The buffer <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> needs for a text of <paramref name="length"/> characters.</summary>
    internal static int BufferLength(int length) => length * 2;

    private static int FoldLatin(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is > ' ' and < '\u007F')
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = AsciiFold[c];
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            var fold = FoldTable[Index(c)];
            if (fold.Length == 0)
            {
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            fold.CopyTo(buffer[length..]);
            length += fold.Length;
        }

        return length;
    }

    private static int Index(char c) => c switch
    {
        <= '\u036F' => c,
        <= '\u1EFF' => c - '\u1E00' + 0x370,
        _ => c - '\u2000' + 0x470,
    };

    private static string[] BuildTable()
    {
        var table = new string[0x470 + 0x70];
        foreach (var (first, last) in TableRanges)
        {
            for (var c = first; c <= last; c++)
            {
                table[Index(c)] = char.IsWhiteSpace(c) ? " " : Normalized(c.ToString());
            }
        }

        return table;
    }

    /// <summary>The general case, which the table agrees with: decompose the whole string, drop the marks,
    /// fold what is left.</summary>
    internal static string Normalized(string text)
    {
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case '\u0153' or '\u0152':
                    builder.Append("oe");
                    break;
                case '\u00E6' or '\u00C6':
                    builder.Append("ae");
                    break;
                case '\u00DF':
                    builder.Append("ss");
                    break;
                default:
                    builder.Append(FoldChar(c));
                    break;
            }
        }

        return builder.ToString();
    }

    // Normalisation throws on an unpaired surrogate or U+FFFE, which a string that did not come through
    // the text normaliser (a metadata field, a notebook's argument) may hold; for matching, U+FFFD does.
    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !text.Contains('\uFFFE', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>Folds one character that is not a combining mark, whitespace or a ligature.</summary>
    internal static char FoldChar(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2026' => '.',
        _ => char.ToLowerInvariant(c),
    };
}
