using System.Buffers;

namespace Analysis.Core.Text;

/// <summary>
/// Where sentences end in news prose: a full stop, question or exclamation mark, then a space and a
/// capital letter (possibly after an opening quote). An initial or a short capitalised abbreviation
/// before the dot ("M. Diarra", "J. Smith", "Gén. Barmou") is not a sentence end; an acronym
/// ("… de l'AES. Les …") is.
/// </summary>
public static class SentenceBoundaries
{
    // Every break is one of these marks: the scans jump from one to the next (a vectorised search) rather
    // than test each character of a page, most of which are letters.
    private static readonly SearchValues<char> Marks = SearchValues.Create(".!?…");

    /// <summary>True when the character at <paramref name="index"/> ends a sentence that another one follows.</summary>
    public static bool IsBreak(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index < 1 || index >= text.Length - 2 || text[index] is not ('.' or '!' or '?' or '…') || text[index + 1] != ' ')
        {
            return false;
        }

        var next = index + 2;
        while (next < text.Length - 1 && text[next] is '«' or '“' or '"' or '(' or '\u00A0' or ' ')
        {
            next++;
        }

        return char.IsUpper(text[next]) && !IsAbbreviation(text, index);
    }

    /// <summary>The first index in [<paramref name="start"/>, <paramref name="end"/>) where a sentence ends that
    /// another one follows (see <see cref="IsBreak"/>), or -1 when there is none.</summary>
    public static int NextBreak(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(start, 1);
        var to = Math.Min(end, text.Length - 2);
        while (from < to)
        {
            var found = text.AsSpan(from, to - from).IndexOfAny(Marks);
            if (found < 0)
            {
                return -1;
            }

            var mark = from + found;
            if (IsBreak(text, mark))
            {
                return mark;
            }

            from = mark + 1;
        }

        return -1;
    }

    /// <summary>Index just past the first sentence's final mark, or the text's length when it is one sentence.</summary>
    public static int FirstSentenceEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = NextBreak(text, 1, text.Length);
        return first < 0 ? text.Length : first + 1;
    }

    /// <summary>How many sentence breaks <paramref name="text"/> holds.</summary>
    public static int CountBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var breaks = 0;
        for (var i = NextBreak(text, 1, text.Length); i >= 0; i = NextBreak(text, i + 1, text.Length))
        {
            breaks++;
        }

        return breaks;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        if (length == 0 || length > 3 || !char.IsUpper(text[start]))
        {
            return false;
        }

        for (var i = start + 1; i < dot; i++)
        {
            if (!char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
