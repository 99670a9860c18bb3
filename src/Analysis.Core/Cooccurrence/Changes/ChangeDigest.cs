using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>
/// What a report needs of the changes between periods, gathered as they stream past (see
/// <see cref="ChangeDetector.Stream"/>): how many of each kind every step has, every change of an actor
/// or a title, and of the tie changes, which are the bulk (a large corpus has millions: pairs × periods),
/// only those of the latest step that has any of their kind. The full list goes to a file, not to memory.
/// </summary>
public sealed class ChangeDigest
{
    private readonly List<(Period From, Period To)> _steps = [];
    private readonly Dictionary<(Period From, Period To), int[]> _counts = [];

    // Each kept change with its place in the stream, so that what is kept can be given back in that order.
    private readonly List<(int Order, PeriodChange Change)> _kept = [];

    // The tie changes of the latest step with any of their kind, by kind.
    private readonly Dictionary<ChangeKind, List<(int Order, PeriodChange Change)>> _latestTies = [];

    /// <summary>The steps that have changes, from one period to the next, in order.</summary>
    public IReadOnlyList<(Period From, Period To)> Steps => _steps;

    /// <summary>Changes taken in, of every kind.</summary>
    public int Total { get; private set; }

    /// <summary>Every change of an actor or a title, and the tie changes of the latest step that has changes
    /// of their kind, in the order they came.</summary>
    public IReadOnlyList<PeriodChange> Kept => [.. _kept.Concat(_latestTies.Values.SelectMany(c => c)).OrderBy(c => c.Order).Select(c => c.Change)];

    /// <summary>Digests <paramref name="changes"/>, in their order, whole.</summary>
    public static ChangeDigest Of(IEnumerable<PeriodChange> changes)
    {
        var digest = new ChangeDigest();
        foreach (var _ in digest.Through(changes))
        {
        }

        return digest;
    }

    /// <summary>How many changes of <paramref name="kind"/> the step from <paramref name="from"/> to <paramref name="to"/> has.</summary>
    public int Count(Period from, Period to, ChangeKind kind) =>
        _counts.TryGetValue((from, to), out var counts) ? counts[(int)kind] : 0;

    /// <summary><paramref name="changes"/>, passed on unchanged, each taken in on the way (in the order of
    /// <see cref="ChangeDetector.Stream"/>: by the period they lead to).</summary>
    public IEnumerable<PeriodChange> Through(IEnumerable<PeriodChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            Add(change);
            yield return change;
        }
    }

    private void Add(PeriodChange change)
    {
        var order = Total++;
        var step = (change.From, change.To);
        if (!_counts.TryGetValue(step, out var counts))
        {
            counts = new int[Enum.GetValues<ChangeKind>().Length];
            _counts.Add(step, counts);
            _steps.Add(step);
        }

        counts[(int)change.Kind]++;
        if (change.Kind is not (ChangeKind.TieAppeared or ChangeKind.TieStrengthened or ChangeKind.TieWeakened or ChangeKind.TieVanished))
        {
            _kept.Add((order, change));
            return;
        }

        if (!_latestTies.TryGetValue(change.Kind, out var latest))
        {
            latest = [];
            _latestTies.Add(change.Kind, latest);
        }
        else if (latest.Count > 0 && latest[0].Change.To != change.To)
        {
            latest.Clear();
        }

        latest.Add((order, change));
    }
}
