using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Processing;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The rows and actor presence of one cell of the counts (a period and a window), each sorted in the order
/// of <see cref="CooccurrenceCounts.Rows"/> and <see cref="CooccurrenceCounts.Presence"/>.
/// </summary>
internal sealed record CellRows((Period Period, CooccurrenceWindow Window) Cell, List<CooccurrenceRow> Rows, ActorPresence[] Presence)
{
    // Cells in flight: a month of a large run holds tens of thousands of ties, and a cell's ties set aside on
    // disk come back when it is pulled; so two cells at most, whatever the cores, one per thread, and not the
    // default window of the parallel map. Two threads were all the gap at the end of a run needed.
    private const int MaxThreads = 2;

    /// <summary>
    /// The rows of each cell of <paramref name="cells"/>, in their order, made and sorted on up to two of
    /// <paramref name="threads"/> threads, at most two cells ahead of the caller: at the end of a large run
    /// this was a stretch of several seconds on one core. <paramref name="cells"/> is enumerated on the
    /// caller's thread (so a cell's totals may be completed there, from disk, as it is reached), and a cell's
    /// totals are only read once handed over.
    /// </summary>
    public static IEnumerable<CellRows> Of(
        IEnumerable<((Period Period, CooccurrenceWindow Window) Cell, PeriodTotals Totals)> cells, int minSupport, int threads) =>
        OrderedParallel.Map(cells, cell => Sorted(cell.Cell, cell.Totals, minSupport), Math.Min(threads, MaxThreads), itemsPerThread: 1);

    private static CellRows Sorted((Period Period, CooccurrenceWindow Window) cell, PeriodTotals totals, int minSupport)
    {
        var rows = totals.Rows(minSupport).ToList();
        rows.Sort(CooccurrenceCounts.RowOrder);
        var presence = totals.Presence().ToArray();
        Array.Sort(presence, CooccurrenceCounts.PresenceOrder);
        return new CellRows(cell, rows, presence);
    }
}
