using System.Runtime.InteropServices;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.IO;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Counts ties as extracted documents stream past, for every period unit and window of the options.
/// Memory grows with the number of periods, actors and pairs (and, per pair, the stories it was seen in;
/// the whole corpus's pairs keep only the number of those that closed, see <see cref="StoriesClosed"/>), not
/// with the text. Past a million ties of the finer periods, their further pairs are set aside in a temporary
/// file (<see cref="TieSpill"/>) and added back a period at a time (two at most) when the counts are completed.
/// </summary>
public sealed class CooccurrenceCounter
{
    private readonly ActorProjection _projection;
    private readonly ActorDictionary _dictionary;
    private readonly Dictionary<(Period Period, CooccurrenceWindow Window), PeriodTotals> _buckets = [];

    // Every actor counted gets a number for the run, by which the totals of each period key its ties.
    private readonly Dictionary<string, int> _actorNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _storyNumbers = new(StringComparer.Ordinal); // stories not yet closed

    // By story number, the stories that can get no more articles; once enough have closed, the whole-corpus
    // ties let go of them (see StorySet.Forget). Only the whole corpus's ties: the finer periods' sets are
    // bounded by the spill, and a set that forgot a story must never see it again, which the records set
    // aside and added back at the end would do.
    private readonly List<bool> _closedStories = [];
    private int _closedSinceForgetting;

    // The first actor each rolled-up actor was counted as, so a focus can be named as the person.
    private readonly Dictionary<string, (Actor Original, Actor Counted)> _rolledUp = new(StringComparer.Ordinal);
    private bool _released;

    // Past this many ties of the finer periods in memory, their further pairs are set aside on disk; the
    // whole-corpus period (the distinct pairs) always stays in memory.
    private readonly TieSpillLimits _limits;
    private long _finerTies;
    private bool _spilling;
    private TieSpill? _spill;
    private long _spilledEarlier;

    /// <summary>Creates a counter with <paramref name="options"/> (the defaults when null).</summary>
    public CooccurrenceCounter(ActorDictionary dictionary, CooccurrenceOptions? options = null)
        : this(dictionary, options, TieSpillLimits.Default)
    {
    }

    /// <summary>Creates a counter that sets ties aside on disk within <paramref name="limits"/>.</summary>
    internal CooccurrenceCounter(ActorDictionary dictionary, CooccurrenceOptions? options, TieSpillLimits limits)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(limits);
        _projection = new ActorProjection(options ?? CooccurrenceOptions.Default, dictionary);
        _dictionary = dictionary;
        _limits = limits;
    }

    /// <summary>How many stories must close before the whole corpus's ties let go of those closed (a pass over
    /// every such tie, so not after each).</summary>
    internal int ForgetEvery { get; init; } = 20_000;

    /// <summary>Pairs of documents set aside on disk so far (zero until the finer periods hold more ties
    /// than the limit), including those read back.</summary>
    internal long SpilledRecords => _spilledEarlier + (_spill?.Records ?? 0);

    /// <summary>The options counted with.</summary>
    public CooccurrenceOptions Options => _projection.Options;

    /// <summary>Documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>Documents counted that have no date: they are in the whole-corpus figures only.</summary>
    public int Undated { get; private set; }

    /// <summary>Documents left out by the date range.</summary>
    public int OutOfRange { get; private set; }

    /// <summary>Counts one document, which belongs to story <paramref name="storyId"/>.</summary>
    /// <exception cref="TemporaryStorageException">Ties must be set aside and the temporary folder cannot be written.</exception>
    public void Add(ExtractedDocument document, string storyId) => Add(Tally(document), storyId);

    /// <summary>What <paramref name="document"/> adds to the counts, worked out on its own: safe to call from
    /// many threads, while <see cref="Add(DocumentCounts, string)"/> takes the results in order.</summary>
    internal DocumentCounts Tally(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_projection.Includes(document.Document))
        {
            return DocumentCounts.OutOfRange;
        }

        var date = document.Document.Date.Value;
        var rolledUp = new List<(Actor Original, Actor Counted)>();
        if (Options.Level != ActorLevel.Actor)
        {
            foreach (var actor in document.Actors)
            {
                if (_projection.Project(actor, date) is { } counted && counted.Id != actor.Id)
                {
                    rolledUp.Add((actor, counted));
                }
            }
        }

        var periods = Options.Units.Distinct().Select(unit => Period.Of(date, unit)).OfType<Period>().ToList();
        var windows = Options.Windows.Distinct().Select(window => (window, DocumentTally.Of(DocumentWindows.Of(document, window, _projection)))).ToList();
        return new DocumentCounts(true, date.IsKnown, periods, windows, rolledUp);
    }

    /// <summary>Adds a document's counts, made by <see cref="Tally"/>; documents are added in input order.</summary>
    internal void Add(DocumentCounts counts, string storyId)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(storyId);
        ThrowIfReleased();
        if (!counts.Included)
        {
            OutOfRange++;
            return;
        }

        Documents++;
        if (!counts.Dated)
        {
            Undated++;
        }

        if (!_storyNumbers.TryGetValue(storyId, out var story))
        {
            story = _closedStories.Count; // not the dictionary's count: it holds only the open stories
            _storyNumbers.Add(storyId, story);
            _closedStories.Add(false);
        }

        foreach (var (original, counted) in counts.RolledUp)
        {
            _rolledUp.TryAdd(original.Id, (original, counted));
        }

        Span<int> buffer = stackalloc int[64];
        foreach (var (window, tally) in counts.Windows)
        {
            var numbers = tally.Actors.Count <= buffer.Length ? buffer[..tally.Actors.Count] : new int[tally.Actors.Count];
            for (var i = 0; i < numbers.Length; i++)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_actorNumbers, tally.Actors[i].Id, out var known);
                if (!known)
                {
                    number = _actorNumbers.Count - 1;
                }

                numbers[i] = number;
            }

            foreach (var period in counts.Periods)
            {
                if (!_buckets.TryGetValue((period, window), out var bucket))
                {
                    bucket = new PeriodTotals(period, window);
                    _buckets.Add((period, window), bucket);
                }

                if (period.Unit == PeriodUnit.All || !_spilling)
                {
                    var before = bucket.TieCount;
                    bucket.Add(tally, numbers, story);
                    if (period.Unit != PeriodUnit.All && (_finerTies += bucket.TieCount - before) > _limits.TiesInMemory)
                    {
                        _spilling = true;
                    }
                }
                else
                {
                    bucket.AddPresence(tally, numbers);
                    _spill ??= new TieSpill(_limits);
                    var records = _spill.Cell((period, window));
                    foreach (var ((x, y), windows) in tally.Pairs)
                    {
                        var (first, second) = PeriodTotals.Ordered(numbers[x], numbers[y]);
                        records.Append(first, second, windows, story);
                    }

                    _spill.Appended(tally.Pairs.Count);
                }
            }
        }
    }

    /// <summary>
    /// Records that <paramref name="storyIds"/> are closed: every article of theirs was counted and none will
    /// come, so their ids are let go and the whole corpus's ties need not remember them (the counts are the same).
    /// </summary>
    internal void StoriesClosed(IEnumerable<string> storyIds)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        ThrowIfReleased();
        foreach (var id in storyIds)
        {
            if (_storyNumbers.Remove(id, out var story))
            {
                _closedStories[story] = true;
                _closedSinceForgetting++;
            }
        }

        if (_closedSinceForgetting >= ForgetEvery)
        {
            _closedSinceForgetting = 0;
            foreach (var (cell, bucket) in _buckets)
            {
                if (cell.Period.Unit == PeriodUnit.All)
                {
                    bucket.ForgetStories(_closedStories);
                }
            }
        }
    }

    /// <summary>The counts so far: ties with their measures, presence, periods.</summary>
    /// <exception cref="TemporaryStorageException">The ties set aside cannot be read back.</exception>
    public CooccurrenceCounts Complete() => Complete(release: false);

    /// <summary>
    /// The counts, built a period and window at a time (see <see cref="CellRows"/>: at most two cells ahead of
    /// the one packed, on up to two of <paramref name="threads"/>), in the order of <see cref="CooccurrenceCounts.Rows"/>.
    /// With <paramref name="release"/>, each period's totals are dropped once its rows exist, so the end of a
    /// large run holds the totals or the rows, not both; the counter is then spent.
    /// </summary>
    /// <exception cref="InvalidOperationException">The counter's totals were already released.</exception>
    internal CooccurrenceCounts Complete(bool release, int? threads = null)
    {
        ThrowIfReleased();
        var cells = _buckets.Keys.Order(CellOrder.Instance).ToList();
        var rows = new TieTable();
        var presence = new List<ActorPresence>(_buckets.Values.Sum(b => b.ActorCount));
        foreach (var built in CellRows.Of(cells.Select(WithSpilledTies), Options.MinSupport, threads ?? Environment.ProcessorCount))
        {
            foreach (var row in built.Rows)
            {
                rows.Append(row);
            }

            presence.AddRange(built.Presence);
            if (release)
            {
                _buckets.Remove(built.Cell);
            }
        }

        // Every record is in memory now: the file is closed either way, and a counter that goes on counting
        // opens a new one when it next sets ties aside.
        _spilledEarlier = SpilledRecords;
        _spill?.Close();
        _spill = null;
        _released = release;

        var periods = cells.Select(k => k.Period).Distinct().ToList();
        return new CooccurrenceCounts(Options, rows, presence, periods, Documents, Undated, OutOfRange, [.. _rolledUp.Values], _dictionary);
    }

    private ((Period Period, CooccurrenceWindow Window) Cell, PeriodTotals Totals) WithSpilledTies((Period Period, CooccurrenceWindow Window) cell)
    {
        var totals = _buckets[cell];
        _spill?.MoveInto(cell, totals);
        return (cell, totals);
    }

    private void ThrowIfReleased()
    {
        if (_released)
        {
            throw new InvalidOperationException("The counter's totals were released when its counts were completed: it counts nothing more.");
        }
    }

    /// <summary>What one document adds: whether the date range includes it, its periods, its windows of each
    /// kind tallied, and the actors it rolls up into others.</summary>
    internal sealed record DocumentCounts(
        bool Included,
        bool Dated,
        IReadOnlyList<Period> Periods,
        IReadOnlyList<(CooccurrenceWindow Window, DocumentTally Tally)> Windows,
        IReadOnlyList<(Actor Original, Actor Counted)> RolledUp)
    {
        public static DocumentCounts OutOfRange { get; } = new(false, false, [], [], []);
    }

    // Periods in order (units, then dates), then windows: the order of the rows.
    private sealed class CellOrder : IComparer<(Period Period, CooccurrenceWindow Window)>
    {
        public static CellOrder Instance { get; } = new();

        public int Compare((Period Period, CooccurrenceWindow Window) x, (Period Period, CooccurrenceWindow Window) y) =>
            CooccurrenceCounts.CompareCells(x.Period, x.Window, y.Period, y.Window);
    }
}
