using System.Globalization;
using System.Text;

namespace Analysis.Briefing.Tests.Parquet;

/// <summary>
/// A corpus of varied articles made from the seeds' and the layout fixtures' paragraphs: each article a
/// headline, a publication line spread over two years (some articles dated to the month only, some not at
/// all), three to five paragraphs drawn from different sources and a closing line of its own, so articles
/// differ, share actors, fall into many months and group into several stories.
/// </summary>
internal static class MixedCorpus
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>Writes <paramref name="articles"/> articles into a new folder under <paramref name="parent"/> and returns it.</summary>
    public static string Write(string parent, int articles)
    {
        var paragraphs = Paragraphs();
        var folder = Path.Combine(parent, "mixed-corpus");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < articles; i++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Sahel : point de situation numéro {i} sur la sécurité régionale\n\n");
            var month = i % 20;
            var year = 2023 + (month / 12);
            var day = 1 + (i * 7 % 27);
            text.Append((i % 9) switch
            {
                4 => string.Create(CultureInfo.InvariantCulture, $"Publié en {Months[month % 12]} {year}\n\n"),
                8 => string.Empty,
                _ => string.Create(CultureInfo.InvariantCulture, $"Publié le {day} {Months[month % 12]} {year}\n\n"),
            });
            var count = 3 + (i % 3);
            for (var k = 0; k < count; k++)
            {
                text.Append(paragraphs[((i * 7) + (k * 13)) % paragraphs.Count]).Append("\n\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"Ce dossier numéro {i} sera complété dans nos prochaines éditions.\n");
            File.WriteAllText(Path.Combine(folder, $"article-{i:D3}.txt"), text.ToString(), Encoding.UTF8);
        }

        return folder;
    }

    // The longer blocks of prose of the seeds and fixtures: menus and bylines are short lines.
    private static List<string> Paragraphs()
    {
        var sources = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Analysis.Core.Tests", "Fixtures", "Layouts"), "*.txt"))
            .Order(StringComparer.Ordinal);
        return [.. sources
            .SelectMany(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length >= 200 && !p.Contains("Publié", StringComparison.Ordinal))];
    }
}
