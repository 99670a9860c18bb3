using Analysis.Core.Processing;

namespace Analysis.Core.Tests.Processing;

public sealed class HandoverTests
{
    [Fact]
    public void Ahead_YieldsEveryItemInOrder_WhenTheSourceRunsOnAnotherThread()
    {
        var consumer = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                threads.Add(Environment.CurrentManagedThreadId);
                yield return i;
            }
        }

        Assert.Equal(Enumerable.Range(0, 1000), Handover.Ahead(Source(), capacity: 8).ToList());
        Assert.DoesNotContain(consumer, threads);
    }

    [Fact]
    public void Ahead_ThrowsAtTheFailingItemsPlace_WhenTheSourceThrows()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("third");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in Handover.Ahead(Source(), capacity: 4))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("third", error.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Ahead_StopsTheSource_WhenTheConsumerStopsEarly()
    {
        var disposed = false;
        var pulled = 0;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref pulled);
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        Assert.Equal([0, 1, 2], Handover.Ahead(Source(), capacity: 4).Take(3).ToList());
        // The source was released before Take returned, and never ran far ahead of the consumer.
        Assert.True(disposed);
        Assert.InRange(Volatile.Read(ref pulled), 3, 9);
    }
}
