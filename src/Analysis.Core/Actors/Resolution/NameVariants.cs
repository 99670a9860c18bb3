using Analysis.Core.Text;
namespace Analysis.Core.Actors.Resolution;

/// <summary>
/// Decides whether two written person names are spellings of one name ("Moussa Saloua Barmou",
/// "Moussa Salaoua Barmou", "Moussa Salaou Barmou"). The rule is guarded so that people who merely share
/// a surname are never merged: the first given name must be the same word, the surname must be the same
/// word or differ by one edit in a long word, at most one other word may differ, and that by at most two
/// edits in a word of six letters or more (transliteration variants of a middle name).
/// </summary>
internal static class NameVariants
{
    /// <summary>True when the folded words <paramref name="a"/> and <paramref name="b"/> name one person.</summary>
    public static bool AreVariants(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count < 2 || b.Count < 2 || Math.Abs(a.Count - b.Count) > 1)
        {
            return false;
        }

        // "Simporé Célestin" is "Célestin Simporé" written surname first, as administrations do.
        if (a.Count == 2 && b.Count == 2 && a[0] == b[1] && a[1] == b[0])
        {
            return true;
        }

        if (a[0] != b[0] || !SurnamesMatch(a[^1], b[^1]))
        {
            return false;
        }

        // Middle words: equal counts align one to one; otherwise the shorter name lacks one middle word.
        var middleA = a.Skip(1).Take(a.Count - 2).ToList();
        var middleB = b.Skip(1).Take(b.Count - 2).ToList();
        if (middleA.Count != middleB.Count)
        {
            var (shorter, longer) = middleA.Count < middleB.Count ? (middleA, middleB) : (middleB, middleA);
            return shorter.All(word => longer.Contains(word)) && a[^1] == b[^1];
        }

        var differences = 0;
        for (var i = 0; i < middleA.Count; i++)
        {
            if (middleA[i] == middleB[i])
            {
                continue;
            }

            differences++;
            if (differences > 1 || Math.Min(middleA[i].Length, middleB[i].Length) < 6 || Distance(middleA[i], middleB[i]) > 2)
            {
                return false;
            }
        }

        return differences == 0 || a[^1] == b[^1];
    }

    private static bool SurnamesMatch(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 6 && Distance(a, b) <= 1);

    /// <summary>Edit distance with adjacent transpositions (see <see cref="EditDistance"/>).</summary>
    internal static int Distance(string a, string b) => EditDistance.Between(a, b);
}
