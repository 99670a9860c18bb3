using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Analysis.Core.Processing;

/// <summary>
/// Runs the pulling of a sequence on a thread of its own, a bounded number of items ahead of the consumer:
/// two ordered stages (say, assigning stories, then counting and writing) then run side by side, each
/// still taking the items one at a time and in order, so the output does not change.
/// </summary>
internal static class Handover
{
    /// <summary><paramref name="source"/>, pulled on another thread at most <paramref name="capacity"/> items
    /// ahead. An exception of the source surfaces at its place in the sequence; stopping early stops the source.</summary>
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, int capacity, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return Consume(source, capacity, cancellation);
    }

    private static IEnumerable<T> Consume<T>(IEnumerable<T> source, int capacity, CancellationToken cancellation)
    {
        using var queue = new BlockingCollection<(T Item, ExceptionDispatchInfo? Error)>(capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var producer = Task.Factory.StartNew(() => Produce(source, queue, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var (item, error) in queue.GetConsumingEnumerable(cancellation))
            {
                error?.Throw();
                yield return item;
            }

            cancellation.ThrowIfCancellationRequested();
        }
        finally
        {
            // The source must be done with (its files closed, its workers drained) before the caller goes on.
            stop.Cancel();
            ((IAsyncResult)producer).AsyncWaitHandle.WaitOne();
        }
    }

    private static void Produce<T>(IEnumerable<T> source, BlockingCollection<(T Item, ExceptionDispatchInfo? Error)> queue, CancellationToken stop)
    {
        try
        {
            foreach (var item in source)
            {
                queue.Add((item, null), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped, or the run was cancelled: the consumer says which.
        }
#pragma warning disable CA1031 // Not swallowed: handed to the consumer, which rethrows it at the item's place.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            queue.Add((default!, ExceptionDispatchInfo.Capture(ex)), CancellationToken.None);
        }
        finally
        {
            queue.CompleteAdding();
        }
    }
}
