using System.Globalization;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Notebook;

/// <summary>A DataFrame's header and rows as text, numbers written with the invariant culture.</summary>
internal static class DataFrameRows
{
    public static IReadOnlyList<string> Header(DataFrame frame) => frame.Columns.Select(c => c.Name).ToList();

    public static IEnumerable<IReadOnlyList<string>> Rows(DataFrame frame)
    {
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var cells = new string[frame.Columns.Count];
            for (var column = 0; column < cells.Length; column++)
            {
                cells[column] = Convert.ToString(frame.Columns[column][row], CultureInfo.InvariantCulture) ?? string.Empty;
            }

            yield return cells;
        }
    }
}
