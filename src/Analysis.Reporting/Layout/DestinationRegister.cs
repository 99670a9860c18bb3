namespace Analysis.Reporting.Layout;

/// <summary>
/// The page each named destination landed on. The first pass over the pages fills it; the table of contents
/// reads it in the second, so its page numbers are where the headings really are.
/// </summary>
internal sealed class DestinationRegister
{
    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);

    /// <summary>Every destination and its page.</summary>
    public IReadOnlyDictionary<string, int> Pages => _pages;

    /// <summary>Records that <paramref name="name"/> is on <paramref name="page"/>; the first record wins.</summary>
    public void Record(string name, int page) => _pages.TryAdd(name, page);

    /// <summary>The page of <paramref name="name"/>, or null before it has been placed.</summary>
    public int? PageOf(string name) => _pages.TryGetValue(name, out var page) ? page : null;

    /// <summary>Makes this register hold what <paramref name="other"/> holds.</summary>
    public void ReplaceWith(DestinationRegister other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _pages.Clear();
        foreach (var (name, page) in other._pages)
        {
            _pages[name] = page;
        }
    }

    /// <summary>Whether both registers hold the same destinations on the same pages.</summary>
    public bool SameAs(DestinationRegister other) =>
        other is not null && _pages.Count == other._pages.Count && _pages.All(p => other._pages.TryGetValue(p.Key, out var page) && page == p.Value);
}
