namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Hashes the key of a pair of actor or node numbers (the smaller in the high half) by multiplying it with
/// a large odd constant and keeping the high bits. The default hash of a long XORs its halves, which for
/// two numbers below a thousand gives at most a thousand distinct values: the ties of a month, or the
/// edges of the whole corpus's network (235,000 at 100k articles), in a thousand chains.
/// </summary>
internal sealed class TieKeyComparer : IEqualityComparer<long>
{
    public static TieKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
}
