using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;

namespace Analysis.Core.Cooccurrence;

/// <summary>What to count and which documents and actors take part. The defaults count every period
/// unit and window for persons, organizations and countries (places say where, not who).</summary>
public sealed record CooccurrenceOptions
{
    /// <summary>The defaults.</summary>
    public static CooccurrenceOptions Default { get; } = new();

    /// <summary>The period units to count (day, week, month, quarter, year, all).</summary>
    public IReadOnlyList<PeriodUnit> Units { get; init; } = Enum.GetValues<PeriodUnit>();

    /// <summary>The windows to count (sentence, paragraph, document).</summary>
    public IReadOnlyList<CooccurrenceWindow> Windows { get; init; } = Enum.GetValues<CooccurrenceWindow>();

    /// <summary>The actor types that take part, judged before any roll-up (persons only, say).</summary>
    public IReadOnlySet<ActorType> Types { get; init; } = new HashSet<ActorType> { ActorType.Person, ActorType.Organization, ActorType.Country };

    /// <summary>Whether persons are counted as themselves or rolled up to their organization or country.</summary>
    public ActorLevel Level { get; init; } = ActorLevel.Actor;

    /// <summary>
    /// First day of the date range, or null. With a range, a document takes part only when its whole date
    /// lies inside it (an article of "November 2023" is not in a range starting on 15 November), and
    /// undated documents are left out.
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the date range, or null.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// An actor id or canonical name to centre on (its ego network): only ties between the focus actor and
    /// its neighbours, and among those neighbours, in the same period and window. Null for every tie.
    /// </summary>
    public string? Focus { get; init; }

    /// <summary>
    /// Minimum support: a tie seen in fewer articles than this in a period is left out. PMI in particular
    /// is unreliable on one or two observations; 1 keeps every tie.
    /// </summary>
    public int MinSupport { get; init; } = 1;

    /// <summary>True when a date range is set.</summary>
    public bool HasDateRange => From is not null || To is not null;

    /// <summary>True when an article of <paramref name="date"/> takes part: its whole date inside the range
    /// (any date, undated included, when no range is set).</summary>
    public bool Covers(PartialDate date) =>
        !HasDateRange || (date.IsKnown && (From is null || date.FirstDay >= From) && (To is null || date.LastDay <= To));
}
