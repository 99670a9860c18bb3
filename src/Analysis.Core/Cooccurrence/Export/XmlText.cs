using System.Globalization;
using System.Text;
using System.Xml;

namespace Analysis.Core.Cooccurrence.Export;

/// <summary>Settings and text cleaning shared by the graph exports.</summary>
internal static class XmlText
{
    /// <summary>UTF-8 without a byte-order mark, indented, so the files diff and open everywhere.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>A number as XML attributes and data hold it: a point, at most six decimals, whatever the culture.</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text without the characters XML 1.0 cannot hold (controls, lone surrogates), which a scraped
    /// name may carry; the writer would otherwise refuse the whole file.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
