using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Tests.Cooccurrence;

public sealed class CappedCountsTests
{
    [Fact]
    public void TryIncrement_Refuses_WhenTheCountReachedTheLimit()
    {
        var counts = new CappedCounts();

        Assert.True(counts.TryIncrement(42, limit: 2));
        Assert.True(counts.TryIncrement(42, limit: 2));
        Assert.False(counts.TryIncrement(42, limit: 2));

        Assert.Equal(2, counts[42]);
        Assert.Equal(1, counts.Count);
    }

    [Fact]
    public void Indexer_KeepsEachKeysCount_WhenKeysShareTheirFirstSlot()
    {
        // Keys whose hashes pick the same shard and the same first slot of a new shard (16 slots): each
        // after the first is found by probing past the others.
        var colliding = Enumerable.Range(1, 200_000).Select(i => (ulong)i)
            .GroupBy(key => (Shard: (key * 0x9E3779B97F4A7C15UL) >> 56, Slot: ((key * 0x9E3779B97F4A7C15UL) >> 32) & 15))
            .First(group => group.Count() >= 4)
            .Take(4)
            .ToList();
        var counts = new CappedCounts();
        for (var i = 0; i < colliding.Count; i++)
        {
            for (var n = 0; n <= i; n++)
            {
                counts.TryIncrement(colliding[i], limit: 10);
            }
        }

        Assert.Equal([1, 2, 3, 4], colliding.Select(key => (int)counts[key]));
        Assert.Equal(0, counts[colliding[^1] + 1_000_000]);
        Assert.Equal(4, counts.Count);
    }

    [Fact]
    public void TryIncrement_KeepsEveryCount_WhenTheTableGrowsManyTimes()
    {
        // Keys shaped like the quota's (a pair number above, a month below) and far more than the first
        // capacity of every shard, so each shard grows several times and moves what it holds.
        var counts = new CappedCounts();
        var keys = Enumerable.Range(1, 50_000).Select(i => ((ulong)i << 32) | (uint)(24_000 + (i % 13))).ToList();
        foreach (var (key, index) in keys.Select((k, i) => (k, i)))
        {
            for (var n = 0; n <= index % 3; n++)
            {
                Assert.True(counts.TryIncrement(key, limit: 3));
            }
        }

        Assert.Equal(keys.Count, counts.Count);
        Assert.All(keys.Select((k, i) => (k, i)), entry => Assert.Equal((entry.i % 3) + 1, counts[entry.k]));
        Assert.Equal(0, counts[(50_001UL << 32) | 24_000]);
    }

    [Fact]
    public void TryIncrement_Refuses_WhenTheLimitIsZero()
    {
        var counts = new CappedCounts();

        Assert.False(counts.TryIncrement(5, limit: 0));
        Assert.Equal(0, counts.Count);
    }

    [Fact]
    public void TryIncrement_Throws_WhenTheKeyIsZero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CappedCounts().TryIncrement(0, limit: 1));
    }
}
