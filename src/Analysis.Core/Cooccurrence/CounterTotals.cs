using System.Runtime.InteropServices;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// One document's windows of one kind, tallied on any thread before they are added to each of its periods:
/// its actors, with the windows each appears in, and its pairs as positions in that list, so the ordered
/// stage adds them by number without hashing a single id.
/// </summary>
internal sealed class DocumentTally
{
    private DocumentTally(int windows, List<Actor> actors, List<int> actorWindows, Dictionary<(int, int), int> pairs)
    {
        Windows = windows;
        Actors = actors;
        ActorWindows = actorWindows;
        Pairs = pairs;
    }

    /// <summary>The windows of this kind in the document, with or without actors.</summary>
    public int Windows { get; }

    /// <summary>The actors named in at least one window, in order of first appearance.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>For each of <see cref="Actors"/>, the windows it appears in.</summary>
    public IReadOnlyList<int> ActorWindows { get; }

    /// <summary>The pairs, as positions in <see cref="Actors"/> (the smaller first), with the windows they share.</summary>
    public IReadOnlyDictionary<(int, int), int> Pairs { get; }

    /// <summary>Tallies the document's <paramref name="units"/> of one kind.</summary>
    public static DocumentTally Of(IEnumerable<WindowUnit> units)
    {
        var windows = 0;
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = new List<Actor>();
        var actorWindows = new List<int>();
        var pairs = new Dictionary<(int, int), int>();
        foreach (var unit in units)
        {
            windows++;
            foreach (var actor in unit.Actors)
            {
                if (!positions.TryGetValue(actor.Id, out var position))
                {
                    position = actors.Count;
                    positions.Add(actor.Id, position);
                    actors.Add(actor);
                    actorWindows.Add(0);
                }

                actorWindows[position]++;
            }

            foreach (var (a, b) in unit.Pairs())
            {
                var (x, y) = (positions[a.Id], positions[b.Id]);
                if (x != y)
                {
                    var pair = x < y ? (x, y) : (y, x);
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
            }
        }

        return new DocumentTally(windows, actors, actorWindows, pairs);
    }
}

/// <summary>
/// The running totals of one period and window. Actors are numbered by the counter for the whole run, and a
/// tie is keyed by its two numbers in one 64-bit value: a month of a large corpus holds a million ties,
/// and a key of two id strings took twice the room and two string hashes per update.
/// </summary>
internal sealed class PeriodTotals(Period period, CooccurrenceWindow window)
{
    private readonly Dictionary<int, ActorTotals> _actors = [];
    private readonly Dictionary<long, TieTotals> _ties = new(TieKeyComparer.Instance);
    private int _windows;

    /// <summary>Ties counted so far.</summary>
    public int TieCount => _ties.Count;

    /// <summary>Actors counted so far.</summary>
    public int ActorCount => _actors.Count;

    /// <summary>Adds a document's tally; <paramref name="numbers"/> gives the run's number of each of its actors.</summary>
    public void Add(DocumentTally tally, ReadOnlySpan<int> numbers, int story)
    {
        AddPresence(tally, numbers);
        foreach (var ((x, y), windows) in tally.Pairs)
        {
            var (first, second) = Ordered(numbers[x], numbers[y]);
            AddTie(first, second, windows, story);
        }
    }

    /// <summary>Adds a document's windows and actors only: its ties are counted elsewhere (set aside on disk)
    /// and come back through <see cref="AddTie"/>.</summary>
    public void AddPresence(DocumentTally tally, ReadOnlySpan<int> numbers)
    {
        _windows += tally.Windows;
        for (var i = 0; i < tally.Actors.Count; i++)
        {
            ref var totals = ref CollectionsMarshal.GetValueRefOrAddDefault(_actors, numbers[i], out var exists);
            if (!exists)
            {
                totals = new ActorTotals(tally.Actors[i]);
            }

            totals!.Windows += tally.ActorWindows[i];
            totals.Documents++;
        }
    }

    /// <summary>Adds that actors <paramref name="first"/> and <paramref name="second"/> (run numbers, the smaller
    /// first, both already present) shared <paramref name="windows"/> windows of one document of <paramref name="story"/>.</summary>
    public void AddTie(int first, int second, int windows, int story)
    {
        // Updated in place: one struct entry per tie, no object.
        ref var tie = ref CollectionsMarshal.GetValueRefOrAddDefault(_ties, ((long)first << 32) | (uint)second, out _);
        tie.Windows += windows;
        tie.Documents++;
        tie.Stories.Add(story);
    }

    /// <summary>Two actor numbers, the smaller first, as ties are keyed.</summary>
    public static (int First, int Second) Ordered(int a, int b) => a < b ? (a, b) : (b, a);

    /// <summary>Lets go of the closed stories in every tie's set (see <see cref="StorySet.Forget"/>).</summary>
    public void ForgetStories(IReadOnlyList<bool> closed)
    {
        foreach (var key in _ties.Keys)
        {
            CollectionsMarshal.GetValueRefOrNullRef(_ties, key).Stories.Forget(closed);
        }
    }

    /// <summary>The rows of the ties seen in at least <paramref name="minSupport"/> articles, in no particular order.</summary>
    public IEnumerable<CooccurrenceRow> Rows(int minSupport)
    {
        foreach (var (key, tie) in _ties)
        {
            if (tie.Documents < minSupport)
            {
                continue;
            }

            var first = _actors[(int)(key >> 32)];
            var second = _actors[(int)(key & uint.MaxValue)];
            // A row's first actor is the one whose id sorts first, whatever order the run numbered them in.
            var (a, b) = string.CompareOrdinal(first.Actor.Id, second.Actor.Id) < 0 ? (first, second) : (second, first);
            yield return new CooccurrenceRow(period, window, a.Actor, b.Actor, tie.Documents, tie.Stories.Count, tie.Windows, a.Windows, b.Windows, _windows);
        }
    }

    /// <summary>Each actor's presence, in no particular order.</summary>
    public IEnumerable<ActorPresence> Presence() =>
        _actors.Values.Select(a => new ActorPresence(period, window, a.Actor, a.Windows, a.Documents));

    private sealed class ActorTotals(Actor actor)
    {
        public Actor Actor { get; } = actor;

        public int Windows { get; set; }

        public int Documents { get; set; }
    }

    private struct TieTotals
    {
        public int Windows;
        public int Documents;
        public StorySet Stories;
    }
}
