using Analysis.Core.Charts;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Reporting.Output;

/// <summary>
/// What the data files count. By default the contract's default period, the month, and the whole corpus,
/// in every window: finer or coarser periods multiply the rows of <c>cooccurrence.csv</c> and are asked
/// for explicitly.
/// </summary>
/// <param name="Cooccurrence">The units, windows and filters of <c>cooccurrence.csv</c> and <c>evidence.csv</c>.</param>
/// <param name="Network">The slice <c>network.csv</c>, <c>changes.csv</c>, the graph files and the charts are made of.</param>
public sealed record ExportSettings(CooccurrenceOptions Cooccurrence, NetworkOptions Network)
{
    /// <summary>Months and the whole corpus; networks and changes per month.</summary>
    public static ExportSettings Default { get; } = For([PeriodUnit.Month]);

    /// <summary>Whether the charts are written to <c>charts/</c>; the runner's <c>extract</c> writes data only.</summary>
    public bool Charts { get; init; } = true;

    /// <summary>The language of the charts' titles, captions and numbers; a briefing's charts speak its language.</summary>
    public ChartWording ChartWording { get; init; } = ChartWording.English;

    /// <summary>Threads that prepare articles for counting (the ordered stage stays on one), and at the end measure
    /// the networks and write the files; null for one per core.</summary>
    public int? Threads { get; init; }

    /// <summary>How documents and mentions are written: CSV files (the default) or month-partitioned Parquet folders.</summary>
    public DataFormat Format { get; init; } = DataFormat.Csv;

    /// <summary>
    /// Counts <paramref name="units"/> and the whole corpus, keeping ties seen in at least
    /// <paramref name="minSupport"/> articles of a period; networks, changes and charts use the first unit
    /// given (the whole corpus when none is) and <paramref name="window"/>. Articles dated outside
    /// <paramref name="from"/>–<paramref name="to"/> are read and listed but not counted.
    /// </summary>
    public static ExportSettings For(
        IReadOnlyList<PeriodUnit> units,
        int minSupport = 1,
        CooccurrenceWindow window = CooccurrenceWindow.Document,
        DateOnly? from = null,
        DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(minSupport, 1);
        if (from is not null && to is not null && from > to)
        {
            throw new ArgumentException($"The date range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        var counted = units.Append(PeriodUnit.All).Distinct().ToList();
        return new ExportSettings(
            CooccurrenceOptions.Default with { Units = counted, MinSupport = minSupport, From = from, To = to },
            NetworkOptions.Default with { Unit = counted[0], Window = window });
    }
}
