namespace Analysis.Core.Frames;

/// <summary>
/// Protects CSV cells against formula injection. Article text is untrusted: a title scraped from a
/// hostile page can start with <c>=HYPERLINK(…)</c>, and a spreadsheet opening the file would run it.
/// A free-text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets
/// a leading apostrophe, which spreadsheets read as "this cell is text" (OWASP's advice). Identifier
/// columns are left alone (<see cref="TableColumn.Key{T}"/>).
/// </summary>
public static class SpreadsheetSafety
{
    /// <summary>The cell, with a leading apostrophe when it would read as a formula.</summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }
}
