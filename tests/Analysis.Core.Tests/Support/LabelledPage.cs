namespace Analysis.Core.Tests.Support;

/// <summary>
/// A scraped page with a reader's labels, one per non-blank line, written before the code ran:
/// T title, C article text, Y byline, D dateline, X furniture, ? either is acceptable. The header
/// (<c>#title:</c>, <c>#author:</c>, <c>#outlet:</c>, <c>#date:</c>) holds what the reader expects of the
/// document as a whole.
/// </summary>
internal sealed record LabelledPage(string Name, IReadOnlyList<(char Label, string Line)> Lines, IReadOnlyDictionary<string, string> Expected)
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Analysis.Core.Tests", "Fixtures", "Layouts");

    public static IEnumerable<LabelledPage> All() =>
        Directory.GetFiles(Folder, "*.lbl").Order(StringComparer.Ordinal).Select(Read);

    private static LabelledPage Read(string path)
    {
        var lines = new List<(char, string)>();
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in File.ReadLines(path))
        {
            if (row.StartsWith('#'))
            {
                var colon = row.IndexOf(':', StringComparison.Ordinal);
                expected[row[1..colon]] = row[(colon + 1)..].Trim();
            }
            else if (row.Length > 2 && row[1] == '|' && row[2..].Trim().Length > 0)
            {
                lines.Add((row[0], row[2..].Trim()));
            }
        }

        return new LabelledPage(Path.GetFileNameWithoutExtension(path) + ".txt", lines, expected);
    }
}
