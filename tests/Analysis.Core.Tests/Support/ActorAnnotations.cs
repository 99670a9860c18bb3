using Analysis.Core.Actors;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Support;

/// <summary>
/// The actors a reader annotated in a page (<c>actors.tsv</c>: file, type, name|other forms, optional),
/// and the comparison of extracted actors with them at the (page, actor) level.
/// </summary>
public sealed class ActorAnnotations
{
    private readonly List<Row> _rows;

    private ActorAnnotations(List<Row> rows) => _rows = rows;

    public static ActorAnnotations Read(string path)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("file\t", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            var forms = fields[2].Split('|').Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            rows.Add(new Row(fields[0], fields[1], fields[2].Split('|')[0], forms, fields.Length > 3 && fields[3] == "yes"));
        }

        return new ActorAnnotations(rows);
    }

    /// <summary>Compares the network actors (not places) of one extracted page with its annotation.</summary>
    public PageScore Score(string file, ExtractedDocument extracted)
    {
        var expected = _rows.Where(r => r.File == file && r.Type != "place").ToList();
        var found = extracted.Actors.Where(a => a.Type != ActorType.Place).ToList();
        var matched = new HashSet<Row>();
        var extra = new List<string>();
        foreach (var actor in found)
        {
            var forms = FormsOf(actor, extracted);
            var row = expected.FirstOrDefault(r => r.Forms.Overlaps(forms));
            if (row is null)
            {
                extra.Add($"{actor.Name} ({actor.Id})");
            }
            else
            {
                matched.Add(row);
            }
        }

        var truePositives = matched.Count(r => !r.Optional);
        var missed = expected.Where(r => !r.Optional && !matched.Contains(r)).Select(r => r.Name).ToList();
        return new PageScore(file, truePositives, extra, missed);
    }

    private static HashSet<string> FormsOf(Actor actor, ExtractedDocument extracted)
    {
        var forms = actor.Aliases.Prepend(actor.Name).Concat(actor.Acronyms).Concat(actor.Demonyms)
            .Concat(extracted.Mentions.Where(m => m.Actor.Id == actor.Id && m.Origin != MentionOrigin.Role).Select(m => m.Surface));
        return forms.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    // Folded as the matcher folds: case, accents, and every separator the same.
    private static string Key(string form) =>
        string.Join(' ', new string([.. TextFolding.Fold(form).Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private sealed record Row(string File, string Type, string Name, HashSet<string> Forms, bool Optional);
}

/// <summary>One page's comparison: actors found that the reader also found, extra ones, missed ones.</summary>
public sealed record PageScore(string File, int TruePositives, IReadOnlyList<string> Extra, IReadOnlyList<string> Missed);
