namespace Analysis.Core.Stories;

/// <summary>
/// The ranking of a profile's or a document's keys: heaviest first, then earliest first, then by position,
/// each key's place written as one 128-bit number that sorts in that order. Every document ranks its words
/// and actors several times (to pick its own, to update its story, to index it), and sorting tuples with a
/// comparison called through a delegate or an interface was a tenth of story assignment; numbers sort with
/// the comparison inlined.
/// </summary>
internal static class HeaviestFirst
{
    /// <summary>The rank of a key of weight <paramref name="score"/>, first seen at <paramref name="order"/>,
    /// at <paramref name="index"/> in its list: a smaller rank is a heavier key, or an earlier one of the same
    /// weight, or the one listed first. NaN weighs least, as <see cref="double.CompareTo(double)"/> says.</summary>
    public static UInt128 Rank(double score, int order, int index)
    {
        // A double's bits, made to sort as the double does (negative numbers reversed), then reversed so the
        // heaviest comes first; +0 and -0 weigh the same, as CompareTo says. A NaN's sign bit depends on the
        // processor that made it, so every NaN is put below negative infinity by hand.
        var bits = BitConverter.DoubleToUInt64Bits(score == 0 ? 0.0 : score);
        var ascending = double.IsNaN(score) ? 0 : (bits & (1UL << 63)) != 0 ? ~bits : bits | (1UL << 63);
        var low = ((ulong)(uint)(order ^ int.MinValue) << 32) | (uint)(index ^ int.MinValue);
        return new UInt128(ulong.MaxValue - ascending, low);
    }

    /// <summary>The index a rank was made with.</summary>
    public static int IndexOf(UInt128 rank) => (int)((uint)(ulong)rank ^ 0x8000_0000u);

    /// <summary>Sorts <paramref name="ranks"/> heaviest first and returns how many to keep: at most <paramref name="max"/>.</summary>
    public static int Sort(UInt128[] ranks, int max)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        Array.Sort(ranks);
        return Math.Min(Math.Max(max, 0), ranks.Length);
    }
}
