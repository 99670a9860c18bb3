namespace Analysis.Core.Cooccurrence;

/// <summary>An unordered pair of actor ids, stored in ordinal order so (a, b) and (b, a) are one key.</summary>
public readonly record struct ActorPair
{
    /// <summary>Creates the pair of two different ids.</summary>
    /// <exception cref="ArgumentException">The two ids are the same.</exception>
    public ActorPair(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var order = string.CompareOrdinal(first, second);
        if (order == 0)
        {
            throw new ArgumentException($"An actor does not co-occur with itself ('{first}').", nameof(second));
        }

        (A, B) = order < 0 ? (first, second) : (second, first);
    }

    /// <summary>The id that sorts first.</summary>
    public string A { get; }

    /// <summary>The id that sorts second.</summary>
    public string B { get; }

    /// <summary>True when <paramref name="id"/> is one of the two.</summary>
    public bool Contains(string id) => A == id || B == id;

    /// <summary>The other actor of the pair.</summary>
    public string Other(string id) => A == id ? B : A;

    /// <inheritdoc />
    public override string ToString() => $"{A}–{B}";
}
