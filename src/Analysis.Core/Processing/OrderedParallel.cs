namespace Analysis.Core.Processing;

/// <summary>
/// A map that runs on several threads and yields in input order, with a bounded number of items in flight:
/// the source is pulled only as far ahead as the window allows, so memory stays flat however long the
/// source is, and the output is the same sequence whatever the thread count.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Items in flight per thread: enough that a slow item does not idle the others, few enough
    /// that memory holds only a few dozen documents.</summary>
    private const int ItemsPerThread = 8;

    /// <summary>
    /// <paramref name="map"/> of each item of <paramref name="source"/>, in the source's order, computed on up
    /// to <paramref name="threads"/> threads (one means on the caller's thread, as a plain loop). The source
    /// is enumerated on the caller's thread. An exception thrown by <paramref name="map"/> surfaces at that
    /// item's place in the output.
    /// </summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, CancellationToken cancellation = default) =>
        Map(source, map, threads, ItemsPerThread, cancellation);

    /// <summary>The same map with <paramref name="itemsPerThread"/> items in flight per thread, for items that are large.</summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int itemsPerThread, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsPerThread, 1);
        return threads == 1 ? Sequential(source, map, cancellation) : Parallel(source, map, threads, threads * itemsPerThread, cancellation);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken cancellation)
    {
        foreach (var item in source)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int window, CancellationToken cancellation)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var inFlight = new Queue<Task<TOut>>();
        using var items = source.GetEnumerator();
        try
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                while (inFlight.Count < window && items.MoveNext())
                {
                    var item = items.Current;
                    inFlight.Enqueue(Task.Factory.StartNew(() => map(item), CancellationToken.None, TaskCreationOptions.None, scheduler));
                }

                if (inFlight.Count == 0)
                {
                    yield break;
                }

                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A consumer that stops early (an error, a cancel) must not leave work running behind it that
            // still reads files or holds them open.
            Drain(inFlight);
        }
    }

    private static void Drain<TOut>(Queue<Task<TOut>> inFlight)
    {
        foreach (var task in inFlight)
        {
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }
    }
}
