using CsvHelper;

namespace Analysis.CorpusGenerator.Evaluation;

/// <summary>Reads the columns it is asked for from a CSV file with a header row (RFC 4180 quoting).</summary>
internal static class CsvTable
{
    /// <summary>Each row's values of <paramref name="columns"/>, in file order.</summary>
    /// <exception cref="InvalidDataException">A column is missing from the header.</exception>
    public static IEnumerable<string[]> Read(string path, params string[] columns)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions(), FileOptions.SequentialScan);
        csv.ReadHeader();
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        var indexes = columns.Select(c => header.IndexOf(c)).ToArray();
        var missing = columns.Where((c, i) => indexes[i] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: no column {string.Join(", ", missing)} (found: {string.Join(", ", header)}).");
        }

        while (csv.Read())
        {
            var row = new string[indexes.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                row[i] = indexes[i] < csv.FieldCount ? csv.GetString(indexes[i]) : string.Empty;
            }

            yield return row;
        }
    }
}
