using Analysis.Core.Processing;

namespace Analysis.Core.Tests.Processing;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Map_YieldsInInputOrder_WhenLaterItemsFinishFirst(int threads)
    {
        // Early items sleep longest, so on several threads they finish last.
        var output = OrderedParallel.Map(Enumerable.Range(0, 40), i =>
        {
            Thread.Sleep((40 - i) % 5);
            return i * 10;
        }, threads).ToList();

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), output);
    }

    [Fact]
    public void Map_PullsTheSourceABoundedWayAhead_WhenTheConsumerIsSlow()
    {
        var source = new CountingSource();

        var most = 0;
        foreach (var item in OrderedParallel.Map(source.Items(10_000), i => i, threads: 2))
        {
            most = Math.Max(most, source.Pulled - item);
        }

        // Two threads keep at most 16 items in flight: the source is never read far ahead of the consumer.
        Assert.InRange(most, 1, 17);
    }

    [Fact]
    public void Map_PullsOnlyAsFarAsItsNarrowerWindow_WhenGivenFewerItemsPerThread()
    {
        var source = new CountingSource();

        var most = 0;
        var output = new List<int>();
        foreach (var item in OrderedParallel.Map(source.Items(2_000), i => i * 3, threads: 2, itemsPerThread: 2))
        {
            output.Add(item);
            most = Math.Max(most, source.Pulled - (item / 3));
        }

        // Two threads, two items each: at most four in flight, and every item still comes, in order.
        Assert.InRange(most, 1, 5);
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => i * 3), output);
    }

    [Fact]
    public void Map_ThrowsAtTheFailingItemsPlace_WhenTheMapThrows()
    {
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 30 ? throw new InvalidOperationException("item 30") : i, threads: 3))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("item 30", error.Message);
        Assert.Equal(Enumerable.Range(0, 30), seen);
    }

    [Fact]
    public void Map_LeavesNoWorkRunning_WhenTheConsumerStopsEarly()
    {
        var running = 0;
        var first = OrderedParallel.Map(Enumerable.Range(0, 1000), i =>
        {
            Interlocked.Increment(ref running);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, threads: 4).Take(3).ToList();

        Assert.Equal([0, 1, 2], first);
        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public void Map_StopsWithCancellation_WhenCancelledBetweenItems()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 1000), i => i, threads: 2, cancel.Token))
            {
                if (++seen == 5)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Equal(5, seen);
    }

    // The numbers 0 to count - 1, counting how many the map has pulled so far (from any thread).
    private sealed class CountingSource
    {
        private int _pulled;

        public int Pulled => Volatile.Read(ref _pulled);

        public IEnumerable<int> Items(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Interlocked.Increment(ref _pulled);
                yield return i;
            }
        }
    }
}
