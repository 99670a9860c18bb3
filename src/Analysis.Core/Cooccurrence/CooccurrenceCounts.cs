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

        Rows = [.. rows.OrderBy(r => r.Period).ThenBy(r => r.Window).ThenByDescending(r => r.Documents).ThenByDescending(r => r.Weight)
            .ThenBy(r => r.A.Name, StringComparer.Ordinal).ThenBy(r => r.B.Name, StringComparer.Ordinal)];
        Presence = [.. presence.OrderBy(p => p.Period).ThenBy(p => p.Window).ThenByDescending(p => p.Documents).ThenBy(p => p.Actor.Name, StringComparer.Ordinal)];
        _rowsByCell = Rows.ToLookup(r => (r.Period, r.Window));
        _presenceByCell = Presence.ToLookup(p => (p.Period, p.Window));
    }

    private readonly ActorDictionary _dictionary;

    // Networks and changes read one period at a time: an index, not a scan of every row per period.
    private readonly ILookup<(Period, CooccurrenceWindow), CooccurrenceRow> _rowsByCell;
    private readonly ILookup<(Period, CooccurrenceWindow), ActorPresence> _presenceByCell;

    /// <summary>The options counted with.</summary>
    public CooccurrenceOptions Options { get; }

    /// <summary>Every tie, by period, window, then strongest first.</summary>
    public IReadOnlyList<CooccurrenceRow> Rows { get; }

    /// <summary>Every actor's presence per period and window.</summary>
    public IReadOnlyList<ActorPresence> Presence { get; }

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
    public IEnumerable<CooccurrenceRow> RowsOf(PeriodUnit unit, CooccurrenceWindow window) =>
        Rows.Where(r => r.Period.Unit == unit && r.Window == window);

    /// <summary>The ties of one period and window.</summary>
    public IEnumerable<CooccurrenceRow> RowsOf(Period period, CooccurrenceWindow window) => _rowsByCell[(period, window)];

    /// <summary>The actors named in one period and window, tied or not.</summary>
    public IEnumerable<ActorPresence> PresenceOf(Period period, CooccurrenceWindow window) => _presenceByCell[(period, window)];

    /// <summary>The ties of one pair, given by ids or canonical names, in every period and window.</summary>
    public IEnumerable<CooccurrenceRow> Tie(string actor, string other)
    {
        var a = FindActor(Presence, actor);
        var b = FindActor(Presence, other);
        return a is null || b is null || a.Id == b.Id ? [] : Rows.Where(r => r.Pair == new ActorPair(a.Id, b.Id));
    }

    // An id, or a canonical name compared without case and accents ("Assimi Goita" finds "Assimi Goïta").
    internal static Actor? FindActor(IEnumerable<ActorPresence> presence, string idOrName)
    {
        var actors = presence.Select(p => p.Actor).DistinctBy(a => a.Id).ToList();
        var folded = TextFolding.Fold(idOrName.Trim());
        return actors.Find(a => a.Id == idOrName) ?? actors.Find(a => TextFolding.Fold(a.Name) == folded);
    }

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
