using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Tests.Cooccurrence;

public sealed class CappedCountsTests
{
    [Fact]
    public void TryIncrement_CountsUpToTheLimit_AndRefusesBeyondIt()
    {
        var counts = new CappedCounts();

        Assert.True(counts.TryIncrement(42, limit: 2));
        Assert.True(counts.TryIncrement(42, limit: 2));
        Assert.False(counts.TryIncrement(42, limit: 2));

        Assert.Equal(2, counts[42]);
        Assert.Equal(1, counts.Count);
    }

    [Fact]
    public void Indexer_IsZero_ForAKeyNeverCounted()
    {
        var counts = new CappedCounts();
        counts.TryIncrement(7, limit: 3);

        Assert.Equal(0, counts[8]);
        Assert.Equal(0, counts.Count - 1);
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
    public void TryIncrement_Throws_ForKeyZero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CappedCounts().TryIncrement(0, limit: 1));
    }
}
