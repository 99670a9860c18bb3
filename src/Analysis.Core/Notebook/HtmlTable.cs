using System.Globalization;

namespace Analysis.Core.Notebook;

/// <summary>
/// Writes rows as an HTML table, the first rows only, every header and cell HTML-encoded (see
/// <see cref="HtmlText"/>): cells hold article text, which can contain markup (<c>&lt;script&gt;</c>)
/// that must show as text, never run.
/// </summary>
internal static class HtmlTable
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, int maxRows)
    {
        writer.Write("<table><thead><tr>");
        foreach (var name in header)
        {
            writer.Write("<th>");
            writer.Write(HtmlText.Encode(name));
            writer.Write("</th>");
        }

        writer.Write("</tr></thead><tbody>");

        // One pass: the first rows are written and the rest only counted, so a lazy sequence of a
        // million mentions is neither materialised nor enumerated twice.
        long count = 0;
        foreach (var row in rows)
        {
            count++;
            if (count > maxRows)
            {
                continue;
            }

            writer.Write("<tr>");
            foreach (var cell in row)
            {
                writer.Write("<td>");
                writer.Write(HtmlText.Encode(cell));
                writer.Write("</td>");
            }

            writer.Write("</tr>");
        }

        writer.Write("</tbody></table>");
        if (count > maxRows)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<p>… {count - maxRows} more rows ({count} in all)</p>"));
        }
    }
}
