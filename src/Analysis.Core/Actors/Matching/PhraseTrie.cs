namespace Analysis.Core.Actors.Matching;

/// <summary>
/// A trie over folded words: the multi-pattern automaton of the matchers. It is built once and then only
/// read, so one instance serves every document and thread. Matching walks it word by word from each
/// position, which makes every match whole-word by construction and costs one hash lookup per word
/// visited (no regex per pattern, no allocation: lookups take spans of the folded text).
/// </summary>
/// <remarks>
/// A character-level Aho-Corasick automaton would also find matches in one pass, but it needs word-
/// boundary checks afterwards and treats "G5-Sahel" and "G5 Sahel" as different patterns; working on
/// words gives whole-word matching, hyphen/space equivalence and longest match with far fewer states.
/// </remarks>
/// <typeparam name="T">What a phrase stands for (an alias of an actor, a title).</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    /// <summary>Number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase given as folded words (see <see cref="TokenList.Keys"/>).</summary>
    public void Add(IReadOnlyList<string> keys, T value)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children.Add(key, child);
            }

            node = child;
        }

        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    /// <summary>
    /// The longest phrase that starts at word <paramref name="start"/> and has at least one value that
    /// <paramref name="accept"/> keeps; its accepted values go into <paramref name="found"/>.
    /// </summary>
    /// <returns>The index of the phrase's last word, or -1 when nothing matches.</returns>
    public int LongestAt(TokenList tokens, int start, Func<T, int, int, bool> accept, List<T> found)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(found);
        found.Clear();
        var node = _root;
        var last = -1;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.Folded(i), out var child))
            {
                break;
            }

            node = child;
            if (node.Values is not null && Collect(node.Values, start, i, accept, found))
            {
                last = i;
            }

            if (!tokens.JoinsNext(i))
            {
                break;
            }
        }

        return last;
    }

    /// <summary>The values of exactly this phrase (no longer or shorter one), or an empty list.</summary>
    public IReadOnlyList<T> Exact(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var node = _root;
        foreach (var key in keys)
        {
            if (node.Children is null || !node.Children.TryGetValue(key, out node))
            {
                return [];
            }
        }

        return node.Values ?? [];
    }

    // Replaces what an earlier (shorter) phrase left in found only when this one has an accepted value.
    private static bool Collect(List<T> values, int start, int end, Func<T, int, int, bool> accept, List<T> found)
    {
        var before = found.Count;
        foreach (var value in values)
        {
            if (accept(value, start, end))
            {
                found.Add(value);
            }
        }

        if (found.Count == before)
        {
            return false;
        }

        found.RemoveRange(0, before);
        return true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<T>? Values { get; set; }
    }
}
