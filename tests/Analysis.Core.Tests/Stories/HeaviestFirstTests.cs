using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>Ranks as numbers: heaviest first, then earliest first, then first listed, as a comparison of the three would sort.</summary>
public sealed class HeaviestFirstTests
{
    [Fact]
    public void Sort_PutsTheHeaviestFirst_WhenWeightsDiffer()
    {
        Assert.Equal([1, 2, 0], Sorted((0.5, 0), (2.0, 1), (1.0, 2)));
    }

    [Fact]
    public void Sort_PutsTheEarliestFirst_WhenWeightsTie()
    {
        Assert.Equal([1, 0], Sorted((1.5, 7), (1.5, 2)));
    }

    [Fact]
    public void Sort_KeepsTheListOrder_WhenWeightAndOrderTie()
    {
        Assert.Equal([0, 1, 2], Sorted((1.5, 4), (1.5, 4), (1.5, 4)));
    }

    [Fact]
    public void Sort_OrdersNegativeWeightsBelowZero_WhenAWeightIsNegative()
    {
        // -0 weighs what +0 does, so the earlier of the two comes first.
        Assert.Equal([3, 2, 1, 0, 4], Sorted((-2.5, 0), (-1.0, 1), (-0.0, 2), (3.5, 3), (double.NegativeInfinity, 4)));
        Assert.Equal([1, 0], Sorted((0.0, 5), (-0.0, 4)));
    }

    [Fact]
    public void Sort_PutsNaNLast_WhateverItsSignBit()
    {
        var negativeNaN = BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_0000);
        var positiveNaN = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000);

        Assert.Equal([3, 1, 0, 2], Sorted((positiveNaN, 1), (double.NegativeInfinity, 3), (negativeNaN, 2), (1.0, 0)));
    }

    [Fact]
    public void Sort_KeepsAtMostMax_WhenThereAreMore()
    {
        Assert.Equal(2, HeaviestFirst.Sort([HeaviestFirst.Rank(1, 0, 0), HeaviestFirst.Rank(2, 1, 1), HeaviestFirst.Rank(3, 2, 2)], 2));
        Assert.Equal(1, HeaviestFirst.Sort([HeaviestFirst.Rank(1, 0, 0)], 50));
        Assert.Equal(0, HeaviestFirst.Sort([HeaviestFirst.Rank(1, 0, 0)], -1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    public void IndexOf_GivesTheIndexBack_WhenRanked(int index)
    {
        Assert.Equal(index, HeaviestFirst.IndexOf(HeaviestFirst.Rank(0.25, -3, index)));
    }

    [Fact]
    public void Sort_AgreesWithTheComparison_WhenWeightsAndOrdersAreRandomWithTies()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var keys = Enumerable.Range(0, random.Next(1, 60))
                .Select(i => (Score: (random.Next(-4, 5) * 0.75) + (random.Next(3) == 0 ? random.NextDouble() : 0), Order: random.Next(-3, 4), Index: i))
                .ToArray();
            var expected = keys.OrderByDescending(k => k.Score).ThenBy(k => k.Order).ThenBy(k => k.Index).Select(k => k.Index);

            Assert.Equal(expected, Sorted([.. keys.Select(k => (k.Score, k.Order))]));
        }
    }

    // The indices of the keys, heaviest first.
    private static int[] Sorted(params (double Score, int Order)[] keys)
    {
        var ranks = keys.Select((key, i) => HeaviestFirst.Rank(key.Score, key.Order, i)).ToArray();
        HeaviestFirst.Sort(ranks, ranks.Length);
        return [.. ranks.Select(HeaviestFirst.IndexOf)];
    }
}
