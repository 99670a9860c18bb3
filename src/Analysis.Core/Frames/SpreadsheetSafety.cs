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
        return cell.Length > 0 && IsFormulaStart(cell[0]) ? "'" + cell : cell;
    }

    /// <summary>
    /// The cell as it was before <see cref="Neutralise"/>: without the apostrophe added in front of a
    /// formula character. A cell that is not neutralised is returned as it is.
    /// </summary>
    /// <remarks>A value that itself began with an apostrophe and a formula character (<c>'=x</c>) cannot be
    /// told from a neutralised one and loses its apostrophe; article text practically never does.</remarks>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return IsNeutralised(cell) ? cell[1..] : cell;
    }

    /// <summary>Whether <paramref name="cell"/> reads as a cell neutralised by <see cref="Neutralise"/>.</summary>
    internal static bool IsNeutralised(ReadOnlySpan<char> cell) => cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]);

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
