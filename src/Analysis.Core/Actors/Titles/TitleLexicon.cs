using Analysis.Core.IO;
using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Titles;

/// <summary>
/// The titles, ranks and functions the extractor recognises next to names, read once from the embedded
/// <c>titles.tsv</c> (phrases are data: adding one needs no code). The same lexicon serves discovery
/// ("le lieutenant général X Y"), role attachment (the title written next to a mention) and role-only
/// references, and classifies the titles of the dictionary's dated roles.
/// </summary>
public sealed class TitleLexicon
{
    private const string ResourceName = "Analysis.Core.Actors.Titles.titles.tsv";

    private static readonly Lazy<TitleLexicon> DefaultLexicon = new(() => new TitleLexicon(ReadEmbedded()));

    private readonly PhraseTrie<TitleEntry> _trie = new();
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    /// <summary>Builds a lexicon from entries.</summary>
    public TitleLexicon(IEnumerable<TitleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            var keys = TokenList.Keys(entry.Phrase);
            if (!_trie.Exact(keys).Any(e => e.Kind == entry.Kind && e.IsPlural == entry.IsPlural))
            {
                _trie.Add(keys, entry);
            }

            _words.UnionWith(keys);
        }
    }

    /// <summary>The lexicon shipped with the library (French and English).</summary>
    public static TitleLexicon Default => DefaultLexicon.Value;

    /// <summary>The entry a whole title names ("Chef d'État-major général des armées" → chief-of-general-staff),
    /// or the entry of its longest leading phrase; null when it starts with no known title.</summary>
    public TitleEntry? Classify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var tokens = TokenList.Create(title);
        var found = new List<TitleEntry>();
        return tokens.Count > 0 && _trie.LongestAt(tokens, 0, static (_, _, _) => true, found) >= 0 ? found[0] : null;
    }

    /// <summary>The entry whose phrase is exactly <paramref name="title"/> (case and accents aside), or null.
    /// Dated roles are classified this way: "président du Conseil national de Transition" is not a
    /// head of state because it starts with "président".</summary>
    public TitleEntry? ClassifyExact(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _trie.Exact(TokenList.Keys(title)).FirstOrDefault(e => !e.IsPlural);
    }

    /// <summary>True when the folded word is part of some title ("général", "état", "major"): such a word is
    /// never read as part of a person's name.</summary>
    internal bool ContainsWord(ReadOnlySpan<char> folded) => _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>The leftmost-longest titles of a text, in order.</summary>
    internal List<TitleMatch> FindAll(TokenList tokens)
    {
        var matches = new List<TitleMatch>();
        var found = new List<TitleEntry>();
        var i = 0;
        while (i < tokens.Count)
        {
            var last = _trie.LongestAt(tokens, i, static (_, _, _) => true, found);
            if (last >= 0)
            {
                matches.Add(new TitleMatch(i, last, found[0]));
                i = last + 1;
            }
            else
            {
                if (ExactCaseHonorific(tokens, i) is { } honorific)
                {
                    matches.Add(new TitleMatch(i, i, honorific));
                }

                i++;
            }
        }

        return matches;
    }

    // "M. Diarra", "SE Alexey Tsibizov" (Son Excellence): written exactly so, before a capitalised word.
    // In any other case they are a metre, a letter or the pronoun "se", so they are not in the TSV.
    private static TitleEntry? ExactCaseHonorific(TokenList tokens, int i)
    {
        if (i + 1 >= tokens.Count || !char.IsUpper(tokens.Word(i + 1)[0]))
        {
            return null;
        }

        return tokens.Word(i) switch
        {
            "M" when tokens.GapAfter(i) is ". " => new TitleEntry("M.", TitleKind.Honorific, string.Empty, false),
            "SE" when tokens.GapAfter(i) is " " => new TitleEntry("S.E.", TitleKind.Honorific, string.Empty, false),
            _ => null,
        };
    }

    private static List<TitleEntry> ReadEmbedded()
    {
        var entries = new List<TitleEntry>();
        foreach (var line in EmbeddedText.Lines(ResourceName))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new InvalidOperationException($"titles.tsv: expected 4 tab-separated fields in '{line}'.");
            }

            var kind = Enum.Parse<TitleKind>(fields[1], ignoreCase: true);
            entries.Add(new TitleEntry(fields[0], kind, fields[2] == "-" ? string.Empty : fields[2], fields[3] == "p"));
        }

        return entries;
    }
}

/// <summary>A title found in a text, from word <paramref name="First"/> to word <paramref name="Last"/>.</summary>
internal readonly record struct TitleMatch(int First, int Last, TitleEntry Entry);
