using System.Text;

namespace Analysis.Core.Text;

/// <summary>
/// Folds text to lower case without accents, one character for one character, so that patterns can be
/// written once in plain ASCII ("aout", "decembre") and every match offset is still an offset into the
/// original text. (<see cref="TextFolding"/> collapses spaces and expands ligatures, so its
/// offsets do not line up with the original; date spans need them to.)
/// </summary>
internal static class LengthPreservingFolding
{
    // Latin letters with diacritics, modifier letters (the "ᵉʳ" of "1ᵉʳ") and the like all lie below this;
    // the table covers them so that folding does not normalise a string per character.
    private const int TableSize = 0x3000;

    private static readonly char[] Table = BuildTable();

    /// <summary>The folded copy of <paramref name="text"/>, of the same length.</summary>
    public static string Fold(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (buffer, text) => Fold(text, buffer));

    /// <summary>Writes the folded copy of <paramref name="text"/> into <paramref name="buffer"/>, which is at least as long.</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> buffer)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            buffer[i] = c < TableSize ? Table[c] : char.ToLowerInvariant(c);
        }
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 0x80 || !char.IsLetter(lower))
        {
            return lower;
        }

        // Compatibility decomposition turns "é" into "e" + accent and "ᵉ" into "e"; only an ASCII letter
        // base is kept, so that no fold can turn a letter into a digit or punctuation.
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormKD);
        return decomposed.Length > 0 && char.IsAsciiLetter(decomposed[0]) ? char.ToLowerInvariant(decomposed[0]) : lower;
    }
}
