namespace Analysis.Core.Actors.Matching;

/// <summary>
/// Every name form of every actor of a dictionary in one <see cref="PhraseTrie{T}"/>, built once per
/// dictionary and shared read-only. Finds the leftmost-longest matches of a text; a phrase that names two
/// actors (a shared alias the dictionary was warned about) matches neither.
/// </summary>
internal sealed class AliasAutomaton
{
    // Acronyms that are also ordinary words are trusted in mixed-case prose only: in a headline shouted in
    // capitals, "UN ACCORD" and "AU MALI" are words, not the United Nations and the African Union.
    private static readonly HashSet<string> WordLikeAcronyms = new(StringComparer.Ordinal)
    {
        "un", "une", "au", "aux", "us", "on", "or", "eu", "ei", "fan", "far", "ce", "ces", "les", "des", "sa", "se",
        "si", "ni", "mais", "pas", "son", "sud", "est", "it", "is", "as", "at", "an", "in", "no", "so", "am", "la", "le",
    };

    private readonly PhraseTrie<AliasEntry> _trie = new();

    /// <summary>Builds the automaton of <paramref name="actors"/>.</summary>
    public AliasAutomaton(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var actor in actors)
        {
            Add(actor, actor.Name, NameForm.Alias);
            foreach (var alias in actor.Aliases)
            {
                Add(actor, alias, NameForm.Alias);
            }

            foreach (var acronym in actor.Acronyms)
            {
                Add(actor, acronym, NameForm.Acronym);
            }

            foreach (var demonym in actor.Demonyms)
            {
                Add(actor, demonym, NameForm.Demonym);
            }

            foreach (var form in actor.CombiningForms)
            {
                Add(actor, form, NameForm.CombiningForm);
            }
        }
    }

    /// <summary>Number of phrases.</summary>
    public int Count => _trie.Count;

    /// <summary>The leftmost-longest dictionary matches of <paramref name="tokens"/>, in text order.</summary>
    public List<AliasMatch> FindAll(TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<AliasMatch>();
        var found = new List<AliasEntry>();
        // One delegate for the whole text: passing a local function would make a new one at every word.
        Func<AliasEntry, int, int, bool> accept = (entry, first, last) => Accepts(tokens, entry, first, last);
        var i = 0;
        while (i < tokens.Count)
        {
            var last = _trie.LongestAt(tokens, i, accept, found);
            if (last < 0)
            {
                i++;
                continue;
            }

            if (NamesOneActor(found))
            {
                matches.Add(new AliasMatch(i, last, found[0]));
            }

            i = last + 1;
        }

        return matches;
    }

    /// <summary>The actors that a phrase names exactly (for tests and for reviewing a dictionary).</summary>
    public IEnumerable<Actor> Lookup(string phrase) =>
        _trie.Exact(TokenList.Keys(phrase)).Select(e => e.Actor).Distinct();

    private void Add(Actor actor, string phrase, NameForm form)
    {
        var keys = TokenList.Keys(phrase);
        if (keys.Length > 0 && !_trie.Exact(keys).Any(e => e.Actor.Id == actor.Id && e.Form == form))
        {
            _trie.Add(keys, new AliasEntry(actor, form, phrase));
        }
    }

    private static bool NamesOneActor(List<AliasEntry> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].Actor.Id != found[0].Actor.Id)
            {
                return false;
            }
        }

        return found.Count > 0;
    }

    private static bool Accepts(TokenList tokens, AliasEntry entry, int first, int last) => entry.Form switch
    {
        NameForm.Acronym => IsWrittenAsAcronym(tokens, entry.AcronymWords!, first, last),
        NameForm.CombiningForm => first == last && tokens.IsHyphenatedToNext(last),
        _ => true,
    };

    private static bool IsWrittenAsAcronym(TokenList tokens, TokenList keys, int first, int last)
    {
        if (keys.Count != last - first + 1)
        {
            return false;
        }

        for (var k = 0; k < keys.Count; k++)
        {
            var written = tokens.Word(first + k);
            var expected = keys.Word(k);
            if (!written.SequenceEqual(expected) && !IsUpperOf(written, expected))
            {
                return false;
            }
        }

        return !(WordLikeAcronyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(first)) && IsShouted(tokens, first, last));
    }

    private static bool IsUpperOf(ReadOnlySpan<char> written, ReadOnlySpan<char> expected)
    {
        if (written.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] != char.ToUpperInvariant(expected[i]))
            {
                return false;
            }
        }

        return true;
    }

    // True when the words around the match are in capitals too: the line is shouted, not an acronym.
    private static bool IsShouted(TokenList tokens, int first, int last)
    {
        var capitals = 0;
        var words = 0;
        for (var i = Math.Max(0, first - 3); i <= Math.Min(tokens.Count - 1, last + 3); i++)
        {
            if ((i >= first && i <= last) || tokens.Word(i).Length < 2 || !char.IsLetter(tokens.Word(i)[0]))
            {
                continue;
            }

            words++;
            capitals += IsAllUpper(tokens.Word(i)) ? 1 : 0;
        }

        return words > 0 && capitals * 2 >= words;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
