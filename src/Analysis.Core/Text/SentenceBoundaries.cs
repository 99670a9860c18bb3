namespace Analysis.Core.Text;

/// <summary>
/// Where sentences end in news prose: a full stop, question or exclamation mark, then a space and a
/// capital letter (possibly after an opening quote). An initial or a short capitalised abbreviation
/// before the dot ("M. Diarra", "J. Smith", "Gén. Barmou") is not a sentence end; an acronym
/// ("… de l'AES. Les …") is.
/// </summary>
public static class SentenceBoundaries
{
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

    /// <summary>Index just past the first sentence's final mark, or the text's length when it is one sentence.</summary>
    public static int FirstSentenceEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 1; i < text.Length - 2; i++)
        {
            if (IsBreak(text, i))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>How many sentence breaks <paramref name="text"/> holds.</summary>
    public static int CountBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var breaks = 0;
        for (var i = 1; i < text.Length - 2; i++)
        {
            breaks += IsBreak(text, i) ? 1 : 0;
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
