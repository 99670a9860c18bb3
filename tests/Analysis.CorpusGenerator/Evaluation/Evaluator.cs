using System.Globalization;

namespace Analysis.CorpusGenerator.Evaluation;

/// <summary>
/// Compares the runner's output (documents.csv and mentions.csv) with the generator's truth: micro
/// precision, recall and F1 over (article, actor) pairs, places left out (they are not actors), then the
/// actors most often missed and most often found wrongly, with an example article each, so a person can
/// open it and see why. Also the dates, when the generator's dates.csv sits beside truth.csv.
/// </summary>
internal static class Evaluator
{
    public static int Run(string truthPath, string dataDirectory, string? articlesRoot, TextWriter output, TextWriter error)
    {
        var documentsPath = Path.Combine(dataDirectory, "documents.csv");
        var mentionsPath = Path.Combine(dataDirectory, "mentions.csv");
        foreach (var path in new[] { truthPath, documentsPath, mentionsPath })
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"error: {path} does not exist. Give --truth the generator's truth.csv and --data the runner's data folder (OUT/data after 'extract --out OUT').");
                return 2;
            }
        }

        var truth = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(truthPath, "file", "actor_id"))
        {
            Set(truth, row[0]).Add(row[1]);
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var statedDates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(documentsPath, "doc_id", "file", "date"))
        {
            var file = row[1].Replace('\\', '/');
            files[row[0]] = file;
            statedDates[file] = row[2];
        }

        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(mentionsPath, "doc_id", "actor_id", "type", "surface"))
        {
            if (row[2] != "place" && files.TryGetValue(row[0], out var file))
            {
                Set(found, file).Add(row[1]);
                var forms = surfaces.TryGetValue(row[1], out var f) ? f : surfaces[row[1]] = new(StringComparer.Ordinal);
                forms[row[3]] = forms.GetValueOrDefault(row[3]) + 1;
            }
        }

        var types = ActorTypes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(truthPath))!, "aliases.tsv"));
        var score = Score.Of(truth, found, types);
        var notLoaded = truth.Keys.Count(f => !statedDates.ContainsKey(f));
        output.WriteLine($"articles: {truth.Count:N0} with truth, {files.Count:N0} in documents.csv, {notLoaded:N0} with truth but not loaded");
        score.Print(output, surfaces, file => articlesRoot is null ? file : Path.Combine(articlesRoot, file));
        PrintDates(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(truthPath))!, "dates.csv"), statedDates, output);
        return 0;
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var set) ? set : map[key] = new HashSet<string>(StringComparer.Ordinal);

    private static Dictionary<string, string> ActorTypes(string path)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var cells = line.Split('\t');
                if (cells.Length >= 3)
                {
                    types[cells[1]] = cells[2];
                }
            }
        }

        return types;
    }

    // The date the runner states against the date the page states: exact, or wrong (with examples).
    private static void PrintDates(string path, Dictionary<string, string> stated, TextWriter output)
    {
        if (!File.Exists(path))
        {
            return;
        }

        int right = 0, wrong = 0, undated = 0, invented = 0;
        var examples = new List<string>();
        foreach (var row in CsvTable.Read(path, "file", "date"))
        {
            if (!stated.TryGetValue(row[0], out var date))
            {
                continue;
            }

            if (date == row[1])
            {
                right++;
                continue;
            }

            if (row[1].Length == 0)
            {
                invented++;
            }
            else if (date.Length == 0)
            {
                undated++;
            }
            else
            {
                wrong++;
            }

            if (examples.Count < 5)
            {
                examples.Add($"  {row[0]}: page states '{row[1]}', runner wrote '{date}'");
            }
        }

        var total = right + wrong + undated + invented;
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dates: {right:N0}/{total:N0} as the page states them ({(total == 0 ? 0 : 100.0 * right / total):F1}%); {wrong:N0} different, {undated:N0} missed, {invented:N0} given to undated pages"));
        examples.ForEach(output.WriteLine);
    }
}
