using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Which slice of the counts makes a network (and the changes between networks): the period unit, the
/// window and the count used as a tie's weight. The defaults follow analysts' practice for a press corpus:
/// months; actors named in the same article; ties weighted by distinct stories, so one event covered by
/// three outlets does not look like three.
/// </summary>
public sealed record NetworkOptions
{
    /// <summary>The defaults.</summary>
    public static NetworkOptions Default { get; } = new();

    /// <summary>The period unit (one network per period).</summary>
    public PeriodUnit Unit { get; init; } = PeriodUnit.Month;

    /// <summary>The window ties are taken from.</summary>
    public CooccurrenceWindow Window { get; init; } = CooccurrenceWindow.Document;

    /// <summary>The count that weighs a tie.</summary>
    public TieWeight Weight { get; init; } = TieWeight.Stories;

    /// <summary>Louvain's resolution: above 1, smaller communities; below 1, larger ones.</summary>
    public double Resolution { get; init; } = 1.0;
}
