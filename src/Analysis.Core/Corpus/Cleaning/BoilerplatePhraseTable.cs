using System.Buffers;
using Analysis.Core.IO;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// The known UI phrases, read once from the embedded <c>boilerplate-phrases.tsv</c> (patterns are data:
/// extending the list needs no code). Whole-line phrases are looked up in a dictionary; prefix and
/// anywhere phrases are few and scanned.
/// </summary>
internal sealed class BoilerplatePhraseTable
{
    private const string ResourceName = "Analysis.Core.Corpus.Cleaning.boilerplate-phrases.tsv";

    private readonly Dictionary<string, BoilerplatePhrase> _whole;
    private readonly Dictionary<string, BoilerplatePhrase>.AlternateLookup<ReadOnlySpan<char>> _wholeBySpan;
    private readonly BoilerplatePhrase[] _partial;

    // Every line of every page is looked up, most of them prose that matches nothing: a prefix phrase is
    // tried only on a line starting with its first character, and the "anywhere" phrases only once one
    // search over the line has found one of them. The phrases are still tried in their order.
    private readonly SearchValues<string> _anywhere;

    /// <exception cref="ArgumentException">A prefix or anywhere phrase is empty.</exception>
    public BoilerplatePhraseTable(IEnumerable<BoilerplatePhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var all = phrases.ToList();
        _whole = new Dictionary<string, BoilerplatePhrase>(StringComparer.Ordinal);
        foreach (var phrase in all.Where(p => p.Match == PhraseMatch.Whole))
        {
            _whole.TryAdd(phrase.Folded, phrase);
        }

        _wholeBySpan = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
        _partial = [.. all.Where(p => p.Match != PhraseMatch.Whole)];
        if (_partial.FirstOrDefault(p => p.Folded.Length == 0) is { } empty)
        {
            // It would match every line of every page.
            throw new ArgumentException($"The {empty.Match} phrase of rule '{empty.Rule}' is empty.", nameof(phrases));
        }

        _anywhere = SearchValues.Create([.. _partial.Where(p => p.Match == PhraseMatch.Anywhere).Select(p => p.Folded)], StringComparison.Ordinal);
    }

    /// <summary>The phrases shipped with the library.</summary>
    public static BoilerplatePhraseTable Default { get; } = new(ReadEmbedded());

    /// <summary>The phrase <paramref name="foldedLine"/> is, starts with or contains; null when none.</summary>
    public BoilerplatePhrase? Find(string foldedLine)
    {
        ArgumentNullException.ThrowIfNull(foldedLine);
        var (start, end) = CoreBounds(foldedLine);
        var key = foldedLine.AsSpan(start, end - start);
        if (key.IsEmpty)
        {
            return null;
        }

        if (_wholeBySpan.TryGetValue(key, out _, out var whole))
        {
            return whole;
        }

        var anywhere = key.IndexOfAny(_anywhere) >= 0;
        foreach (var phrase in _partial)
        {
            if ((phrase.Match == PhraseMatch.Anywhere ? anywhere : phrase.Folded[0] == key[0]) && phrase.Matches(key))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Strips leading marks (">>", "+", "•", "-") and trailing punctuation around a folded line.</summary>
    internal static string Core(string foldedLine)
    {
        var (start, end) = CoreBounds(foldedLine);
        return foldedLine[start..end];
    }

    private static (int Start, int End) CoreBounds(string foldedLine)
    {
        var start = 0;
        var end = foldedLine.Length;
        while (start < end && (char.IsPunctuation(foldedLine[start]) || char.IsSymbol(foldedLine[start]) || foldedLine[start] == ' ')
            && foldedLine[start] != '\u00A9')
        {
            start++;
        }

        while (end > start && (foldedLine[end - 1] is '.' or ':' or '!' or '?' or ' ' or '*' or '-' or '>' or '»'))
        {
            end--;
        }

        return (start, end);
    }

    internal static IEnumerable<BoilerplatePhrase> Parse(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"boilerplate-phrases.tsv line {lineNumber}: expected 4 tab-separated fields, found {fields.Length}.");
            }

            var match = fields[0] switch
            {
                "whole" => PhraseMatch.Whole,
                "prefix" => PhraseMatch.Prefix,
                "glued-prefix" => PhraseMatch.GluedPrefix,
                "anywhere" => PhraseMatch.Anywhere,
                _ => throw new InvalidDataException($"boilerplate-phrases.tsv line {lineNumber}: unknown match '{fields[0]}'."),
            };
            // Whole-line phrases are compared with the line's core; partial ones keep their punctuation so
            // that "Related:" does not match prose starting with "Related to …".
            var folded = TextFolding.Fold(fields[3]);
            var effect = fields[2] switch
            {
                "" => PhraseEffect.None,
                "opens" => PhraseEffect.OpensBlock,
                "ends" => PhraseEffect.EndsArticle,
                _ => throw new InvalidDataException($"boilerplate-phrases.tsv line {lineNumber}: unknown effect '{fields[2]}'."),
            };
            yield return new BoilerplatePhrase(match == PhraseMatch.Whole ? Core(folded) : folded, match, fields[1], effect);
        }
    }

    private static List<BoilerplatePhrase> ReadEmbedded()
    {
        using var reader = new StringReader(EmbeddedText.Read(ResourceName));
        return [.. Parse(reader)];
    }
}
