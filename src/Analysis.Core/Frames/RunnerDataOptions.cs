namespace Analysis.Core.Frames;

/// <summary>
/// What <see cref="RunnerData.Load(string, RunnerDataOptions?)"/> keeps of the runner's files: a slice of a
/// huge corpus, applied while reading so what is left out never takes memory.
/// </summary>
public sealed record RunnerDataOptions
{
    /// <summary>Everything: no row limit, no date range, every actor.</summary>
    public static RunnerDataOptions Default { get; } = new();

    /// <summary>
    /// At most this many rows of each of documents, mentions and co-occurrence (the rows kept by the other
    /// filters, in file order); null for no limit. The actors frame is always complete: keys point into it.
    /// </summary>
    public int? MaxRows { get; init; }

    /// <summary>
    /// Keep only what is dated on or after this day: documents whose whole date lies in the range (as the
    /// runner's <c>--from</c> counts them; undated ones are left out), their mentions, and co-occurrence
    /// rows of periods that lie wholly in the range (the <c>all</c> rows are left out).
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>Keep only what is dated on or before this day; see <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// Keep only the mentions of these actors and the co-occurrence rows naming at least one of them, by
    /// <c>actor_id</c> or canonical name (case ignored); null for every actor. Documents are not filtered by
    /// actor.
    /// </summary>
    public IReadOnlyCollection<string>? Actors { get; init; }

    /// <summary>True when a date range is set.</summary>
    public bool HasDateRange => From is not null || To is not null;

    /// <summary>The options, checked.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxRows"/> is negative.</exception>
    /// <exception cref="ArgumentException"><see cref="From"/> is after <see cref="To"/>.</exception>
    internal RunnerDataOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRows ?? 0, nameof(MaxRows));
        if (From > To)
        {
            throw new ArgumentException($"From ({From:yyyy-MM-dd}) is after To ({To:yyyy-MM-dd}); the date range would be empty.", nameof(From));
        }

        return this;
    }

    /// <summary>Whether a span of days lies wholly in the range (always, without one).</summary>
    internal bool Covers(DateOnly? first, DateOnly? last) =>
        !HasDateRange || (first is not null && last is not null && (From is null || first >= From) && (To is null || last <= To));
}
