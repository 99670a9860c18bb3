using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The ties of a corpus, counted: one <see cref="CooccurrenceRow"/> per period, window and pair, the
/// presence of each actor, and the periods that have articles. With a focus actor in the options, only
/// its ego network is kept.
/// </summary>
public sealed class CooccurrenceCounts
{
    internal CooccurrenceCounts(
        CooccurrenceOptions options,
        IReadOnlyList<CooccurrenceRow> rows,
        IReadOnlyList<ActorPresence> presence,
        IReadOnlyList<Period> periods,
        int documents,
        int undated,
        int outOfRange,
        IReadOnlyList<(Actor Original, Actor Counted)> rolledUp,
        ActorDictionary dictionary)
    {
        _dictionary = dictionary;
        Options = options;
        Documents = documents;
        Undated = undated;
        OutOfRange = outOfRange;
        Periods = periods;
        if (options.Focus is { } focus)
        {
            // A person named as the focus of a country-level count is looked for as their country.
            Focus = FindActor(presence, focus) ?? RolledUp(rolledUp, focus);
            (rows, presence) = Focus is null ? ([], []) : EgoNetwork(Focus, rows, presence);
        }

        // The counter hands over a table already in order; other rows (an ego network's) are put in order and packed.
        _rows = rows as TieTable ?? TieTable.Of(InOrder(rows, RowOrder));
        _presence = InOrder(presence, PresenceOrder);
        _presenceByCell = Cells(_presence, p => (p.Period, p.Window));
    }

    /// <summary>The order of <see cref="Rows"/>: period, window, then strongest first, then by names (and ids,
    /// for two actors of one name).</summary>
    internal static IComparer<CooccurrenceRow> RowOrder { get; } = Comparer<CooccurrenceRow>.Create(static (x, y) =>
    {
        var order = CompareCells(x.Period, x.Window, y.Period, y.Window);
        order = order != 0 ? order : y.Documents.CompareTo(x.Documents);
        order = order != 0 ? order : y.Weight.CompareTo(x.Weight);
        order = order != 0 ? order : string.CompareOrdinal(x.A.Name, y.A.Name);
        order = order != 0 ? order : string.CompareOrdinal(x.B.Name, y.B.Name);
        order = order != 0 ? order : string.CompareOrdinal(x.A.Id, y.A.Id);
        return order != 0 ? order : string.CompareOrdinal(x.B.Id, y.B.Id);
    });

    /// <summary>The order of <see cref="Presence"/>: period, window, most articles first, then by name and id.</summary>
    internal static IComparer<ActorPresence> PresenceOrder { get; } = Comparer<ActorPresence>.Create(static (x, y) =>
    {
        var order = CompareCells(x.Period, x.Window, y.Period, y.Window);
        order = order != 0 ? order : y.Documents.CompareTo(x.Documents);
        order = order != 0 ? order : string.CompareOrdinal(x.Actor.Name, y.Actor.Name);
        return order != 0 ? order : string.CompareOrdinal(x.Actor.Id, y.Actor.Id);
    });

    private readonly ActorDictionary _dictionary;

    // Networks and changes read one period at a time. The rows are sorted by period and window first, so each
    // cell is a run of consecutive rows: an index of runs, not a second copy of every row.
    private readonly TieTable _rows;
    private readonly ActorPresence[] _presence;
    private readonly Dictionary<(Period, CooccurrenceWindow), (int Start, int Count)> _presenceByCell;

    /// <summary>The options counted with.</summary>
    public CooccurrenceOptions Options { get; }

    /// <summary>Every tie, by period, window, then strongest first.</summary>
    public IReadOnlyList<CooccurrenceRow> Rows => _rows;

    /// <summary>Every actor's presence per period and window.</summary>
    public IReadOnlyList<ActorPresence> Presence => _presence;

    /// <summary>The periods that have at least one article, by unit then date.</summary>
    public IReadOnlyList<Period> Periods { get; }

    /// <summary>Articles counted.</summary>
    public int Documents { get; }

    /// <summary>Articles without a date, counted in the whole-corpus figures (<c>all</c>) only.</summary>
    public int Undated { get; }

    /// <summary>Articles left out by the date range.</summary>
    public int OutOfRange { get; }

    /// <summary>The focus actor when the options name one and it was found; null otherwise.</summary>
    public Actor? Focus { get; }

    /// <summary>The name of the actor's country ("Mali" for Assimi Goïta and for Mali), or empty.</summary>
    public string CountryName(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _dictionary.Find(actor.Country)?.Name ?? string.Empty;
    }

    /// <summary>The periods of <paramref name="unit"/> that have articles, in order.</summary>
    public IReadOnlyList<Period> PeriodsOf(PeriodUnit unit) => [.. Periods.Where(p => p.Unit == unit)];

    /// <summary>The ties of one period unit and window.</summary>
    public IEnumerable<CooccurrenceRow> RowsOf(PeriodUnit unit, CooccurrenceWindow window) => _rows.RowsOf(unit, window);

    /// <summary>The ties of one period and window.</summary>
    public IReadOnlyList<CooccurrenceRow> RowsOf(Period period, CooccurrenceWindow window) => _rows.RowsOf(period, window);

    /// <summary>
    /// The ties of one period unit and window pair by pair, ordered by the first actor's id then the second's,
    /// each pair's rows in period order: a tie's history, as a graph file or a timeline needs it, without
    /// gathering every row of the unit at once.
    /// </summary>
    public IEnumerable<(ActorPair Pair, IReadOnlyList<CooccurrenceRow> Rows)> TiesOf(PeriodUnit unit, CooccurrenceWindow window) =>
        _rows.ByPair(unit, window);

    /// <summary>The actors named in one period and window, tied or not.</summary>
    public IEnumerable<ActorPresence> PresenceOf(Period period, CooccurrenceWindow window) => Run(_presence, _presenceByCell, (period, window));

    /// <summary>The ties of one pair, given by ids or canonical names, in every period and window.</summary>
    public IEnumerable<CooccurrenceRow> Tie(string actor, string other)
    {
        var a = FindActor(Presence, actor);
        var b = FindActor(Presence, other);
        return a is null || b is null || a.Id == b.Id ? [] : _rows.RowsOf(new ActorPair(a.Id, b.Id));
    }

    // An id, or a canonical name compared without case and accents ("Assimi Goita" finds "Assimi Goïta").
    internal static Actor? FindActor(IEnumerable<ActorPresence> presence, string idOrName)
    {
        var actors = presence.Select(p => p.Actor).DistinctBy(a => a.Id).ToList();
        var folded = TextFolding.Fold(idOrName.Trim());
        return actors.Find(a => a.Id == idOrName) ?? actors.Find(a => TextFolding.Fold(a.Name) == folded);
    }

    // The counter hands its rows over already in order, one cell after another: they are kept as they are
    // (a run of a large corpus has millions), and sorted only when they come otherwise.
    private static T[] InOrder<T>(IReadOnlyList<T> items, IComparer<T> order)
    {
        var array = items.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (order.Compare(array[i - 1], array[i]) > 0)
            {
                Array.Sort(array, order);
                break;
            }
        }

        return array;
    }

    /// <summary>Orders periods (by unit, then date), then windows: the first keys of the rows' order.</summary>
    internal static int CompareCells(Period period, CooccurrenceWindow window, Period otherPeriod, CooccurrenceWindow otherWindow)
    {
        var byPeriod = period.CompareTo(otherPeriod);
        return byPeriod != 0 ? byPeriod : ((int)window).CompareTo((int)otherWindow);
    }

    private static Dictionary<(Period, CooccurrenceWindow), (int Start, int Count)> Cells<T>(T[] items, Func<T, (Period, CooccurrenceWindow)> cellOf)
    {
        var cells = new Dictionary<(Period, CooccurrenceWindow), (int Start, int Count)>();
        for (var start = 0; start < items.Length;)
        {
            var cell = cellOf(items[start]);
            var end = start + 1;
            while (end < items.Length && cellOf(items[end]).Equals(cell))
            {
                end++;
            }

            cells[cell] = (start, end - start);
            start = end;
        }

        return cells;
    }

    private static ArraySegment<T> Run<T>(T[] items, Dictionary<(Period, CooccurrenceWindow), (int Start, int Count)> cells, (Period, CooccurrenceWindow) cell) =>
        cells.TryGetValue(cell, out var run) ? new ArraySegment<T>(items, run.Start, run.Count) : ArraySegment<T>.Empty;

    private static Actor? RolledUp(IReadOnlyList<(Actor Original, Actor Counted)> rolledUp, string idOrName)
    {
        var folded = TextFolding.Fold(idOrName.Trim());
        return rolledUp.FirstOrDefault(r => r.Original.Id == idOrName || TextFolding.Fold(r.Original.Name) == folded).Counted;
    }

    private static (IReadOnlyList<CooccurrenceRow>, IReadOnlyList<ActorPresence>) EgoNetwork(
        Actor focus, IReadOnlyList<CooccurrenceRow> rows, IReadOnlyList<ActorPresence> presence)
    {
        var keptRows = new List<CooccurrenceRow>();
        var keptPresence = new List<ActorPresence>();
        var rowsByCell = rows.ToLookup(r => (r.Period, r.Window));
        foreach (var cell in presence.GroupBy(p => (p.Period, p.Window)))
        {
            var cellRows = rowsByCell[cell.Key].ToList();
            var ego = cellRows.Where(r => r.Pair.Contains(focus.Id)).Select(r => r.Pair.Other(focus.Id)).ToHashSet(StringComparer.Ordinal);
            if (!cell.Any(p => p.Actor.Id == focus.Id))
            {
                continue;
            }

            ego.Add(focus.Id);
            keptRows.AddRange(cellRows.Where(r => ego.Contains(r.A.Id) && ego.Contains(r.B.Id)));
            keptPresence.AddRange(cell.Where(p => ego.Contains(p.Actor.Id)));
        }

        return (keptRows, keptPresence);
    }
}
