using System.Globalization;

namespace Analysis.CorpusGenerator.Evaluation;

/// <summary>Micro precision, recall and F1 over (article, actor) pairs, overall and per actor type, with the misses and the errors.</summary>
internal sealed class Score
{
    private readonly Dictionary<string, (int Right, int Missed, int Spurious)> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, string Example)> _missed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, string Example)> _spurious = new(StringComparer.Ordinal);
    private int _right;
    private int _missedTotal;
    private int _spuriousTotal;
    private int _perfect;
    private int _articles;

    /// <summary>Compares <paramref name="found"/> with <paramref name="truth"/>, article by article.</summary>
    public static Score Of(Dictionary<string, HashSet<string>> truth, Dictionary<string, HashSet<string>> found, Dictionary<string, string> types)
    {
        var score = new Score();
        foreach (var file in truth.Keys.Union(found.Keys).Order(StringComparer.Ordinal))
        {
            var expected = truth.GetValueOrDefault(file) ?? [];
            var actual = found.GetValueOrDefault(file) ?? [];
            score._articles++;
            score._perfect += expected.SetEquals(actual) ? 1 : 0;
            foreach (var id in expected)
            {
                var type = Type(id, types);
                var (right, missed, spurious) = score._byType.GetValueOrDefault(type);
                if (actual.Contains(id))
                {
                    score._right++;
                    score._byType[type] = (right + 1, missed, spurious);
                }
                else
                {
                    score._missedTotal++;
                    score._byType[type] = (right, missed + 1, spurious);
                    Count(score._missed, id, file);
                }
            }

            foreach (var id in actual.Where(a => !expected.Contains(a)))
            {
                var type = Type(id, types);
                var (right, missed, spurious) = score._byType.GetValueOrDefault(type);
                score._spuriousTotal++;
                score._byType[type] = (right, missed, spurious + 1);
                Count(score._spurious, id, file);
            }
        }

        return score;
    }

    /// <summary>Prints the figures; <paramref name="where"/> turns an article's file into what to show.</summary>
    public void Print(TextWriter output, Dictionary<string, Dictionary<string, int>> surfaces, Func<string, string> where)
    {
        output.WriteLine(Line("all", _right, _missedTotal, _spuriousTotal));
        foreach (var (type, (right, missed, spurious)) in _byType.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Line("  " + type, right, missed, spurious));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles whose actors are exactly right: {_perfect:N0}/{_articles:N0}"));
        output.WriteLine();
        output.WriteLine("most often missed (actor_id, articles, example):");
        foreach (var (id, (count, example)) in Top(_missed))
        {
            output.WriteLine($"  {id,-40} {count,6}  {where(example)}");
        }

        output.WriteLine();
        output.WriteLine("most often spurious (actor_id, articles, commonest surface, example):");
        foreach (var (id, (count, example)) in Top(_spurious))
        {
            var surface = surfaces.TryGetValue(id, out var forms) ? forms.MaxBy(f => f.Value).Key : string.Empty;
            output.WriteLine($"  {id,-40} {count,6}  \"{surface}\"  {where(example)}");
        }
    }

    private static string Line(string label, int right, int missed, int spurious)
    {
        double precision = right + spurious == 0 ? 1 : (double)right / (right + spurious);
        double recall = right + missed == 0 ? 1 : (double)right / (right + missed);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,-14} precision {precision:F4}  recall {recall:F4}  F1 {f1:F4}   (right {right:N0}, missed {missed:N0}, spurious {spurious:N0})");
    }

    private static IEnumerable<KeyValuePair<string, (int Count, string Example)>> Top(Dictionary<string, (int Count, string Example)> counts) =>
        counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(10);

    private static void Count(Dictionary<string, (int Count, string Example)> counts, string id, string file) =>
        counts[id] = counts.TryGetValue(id, out var c) ? (c.Count + 1, c.Example) : (1, file);

    // Built-in and discovered actors have no row in the generator's alias table.
    private static string Type(string id, Dictionary<string, string> types) =>
        types.TryGetValue(id, out var type) ? type : id.StartsWith("discovered:", StringComparison.Ordinal) ? "discovered" : "built-in";
}
