using System.Text;

namespace Analysis.Reporting.Layout.Text;

/// <summary>
/// French spacing around punctuation: the space before « : ; ! ? » and after « becomes non-breaking, so a
/// line never starts with the punctuation or ends on an opening guillemet. Only existing spaces change:
/// "https://…" and "10:30" are left as they are.
/// </summary>
internal static class FrenchTypography
{
    /// <summary>No-break space, before a colon and inside guillemets.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>Narrow no-break space, before ; ! ?.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary><paramref name="text"/> with French non-breaking spaces.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(" \t") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                var previous = result.Length > 0 ? result[^1] : '\0';
                if (next is ';' or '!' or '?')
                {
                    result.Append(NarrowNoBreakSpace);
                    continue;
                }

                if (next is ':' or '»' || previous == '«')
                {
                    result.Append(NoBreakSpace);
                    continue;
                }
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
