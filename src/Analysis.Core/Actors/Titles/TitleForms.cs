namespace Analysis.Core.Actors.Titles;

/// <summary>How titles relate to each other when the same person is given several.</summary>
internal static class TitleForms
{
    /// <summary>
    /// True when <paramref name="longer"/> is <paramref name="shorter"/> written more fully: "colonel" is
    /// a word prefix of "colonel-major" and "colonel major", "général" of "général de brigade", but
    /// "colonel" is not one of "colonelle".
    /// </summary>
    public static bool IsMoreSpecific(string shorter, string longer) =>
        longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] is ' ' or '-';
}
