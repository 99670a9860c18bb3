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
    /// <summary>Folds <paramref name="text"/> (see the type's summary).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
