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
    public static string Number(double value) =>
        // Most values written are whole counts: formatted as integers they read the same, for a fraction of
        // the cost of the custom format (negative zero keeps its sign, as the format writes it).
        Math.Abs(value) < 1e15 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value))
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A count as XML attributes and data hold it.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The text without the characters XML 1.0 cannot hold (controls, lone surrogates), which a scraped
    /// name may carry; the writer would otherwise refuse the whole file.
    /// </summary>
    public static string Clean(string text)
    {
        // Nearly every text is clean as it is: kept, not copied.
        var clean = 0;
        while (clean < text.Length && XmlConvert.IsXmlChar(text[clean]))
        {
            clean++;
        }

        if (clean == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, clean);
        for (var i = clean; i < text.Length; i++)
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
