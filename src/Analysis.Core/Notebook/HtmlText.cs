using System.Text;

namespace Analysis.Core.Notebook;

/// <summary>
/// Encodes text for HTML element content and quoted attribute values: the five characters that can
/// open markup or end an attribute (&amp; &lt; &gt; " ') become entities, so article text containing
/// <c>&lt;script&gt;</c> shows as text and never runs. Everything else, é and œ included, stays as
/// written, unlike <see cref="System.Net.WebUtility.HtmlEncode(string)"/>, which would turn French
/// text into numeric entities and double the size of every table.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return encoded.ToString();
    }
}
