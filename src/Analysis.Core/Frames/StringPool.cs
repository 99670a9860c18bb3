namespace Analysis.Core.Frames;

/// <summary>
/// One instance per distinct string: a million mentions of <c>person</c> or of one document id hold a
/// reference to the same string instead of a million copies. Lookups take a span, so a value seen before
/// costs no allocation. One pool serves one load, across its files, so a document id in
/// <c>documents.csv</c> and in <c>mentions.csv</c> is the same instance.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer values are not pooled: they seldom repeat and cost more to compare.</summary>
    public const int MaxPooledLength = 256;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct strings pooled so far.</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled instance equal to <paramref name="value"/>, added on first sight.</summary>
    public string Intern(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var added = value.ToString();
        _strings.Add(added);
        return added;
    }
}
