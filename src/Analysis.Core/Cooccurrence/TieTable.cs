using System.Collections;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The rows of <see cref="CooccurrenceCounts"/>, kept as numbers and made into <see cref="CooccurrenceRow"/>
/// objects only when read. A year of daily coverage has millions of rows per window; as objects, each with
/// its period, window and two actor references, they were most of the memory at the end of a large run,
/// while a packed row is 32 bytes: its cell (period and window, whose window total all its rows share),
/// its two actors' numbers and its five counts. Rows are appended in order, one cell after another.
/// </summary>
internal sealed class TieTable : IReadOnlyList<CooccurrenceRow>
{
    // Rows are held in blocks of a fixed size, so the table grows without copying (or needing) one array
    // the size of all of them.
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;

    private readonly List<PackedTie[]> _blocks = [];
    private readonly List<Cell> _cells = [];
    private readonly Dictionary<(Period Period, CooccurrenceWindow Window), int> _cellIndex = [];

    // The actors by number. Numbered by reference, not by id, so a row reads back with the very actor it was
    // made with.
    private readonly List<Actor> _actors = [];
    private readonly Dictionary<Actor, int> _actorNumbers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Rows in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The row at <paramref name="index"/>, made from its numbers.</summary>
    public CooccurrenceRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Row(index);
        }
    }

    /// <summary>A table of <paramref name="rows"/>, which are in order (see <see cref="CooccurrenceCounts.RowOrder"/>).</summary>
    public static TieTable Of(IEnumerable<CooccurrenceRow> rows)
    {
        var table = new TieTable();
        foreach (var row in rows)
        {
            table.Append(row);
        }

        return table;
    }

    /// <summary>Adds <paramref name="row"/> after the others: in the cell of the last row, or in a new cell.</summary>
    /// <exception cref="ArgumentException">The row's cell came earlier and was closed, or its window total differs
    /// from its cell's.</exception>
    public void Append(CooccurrenceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cellKey = (row.Period, row.Window);
        if (_cells.Count == 0 || (_cells[^1].Period, _cells[^1].Window) != cellKey)
        {
            if (!_cellIndex.TryAdd(cellKey, _cells.Count))
            {
                throw new ArgumentException($"The rows of {row.Period.Label} ({row.Window}) must come together.", nameof(row));
            }

            _cells.Add(new Cell(row.Period, row.Window, row.Windows, Count, 0));
        }

        var cell = _cells.Count - 1;
        if (_cells[cell].Windows != row.Windows)
        {
            throw new ArgumentException($"The rows of {row.Period.Label} ({row.Window}) must share their window total.", nameof(row));
        }

        if ((Count & (BlockSize - 1)) == 0 && Count >> BlockBits == _blocks.Count)
        {
            _blocks.Add(new PackedTie[BlockSize]);
        }

        _blocks[Count >> BlockBits][Count & (BlockSize - 1)] =
            new PackedTie(cell, Number(row.A), Number(row.B), row.Documents, row.Stories, row.Weight, row.WindowsA, row.WindowsB);
        _cells[cell] = _cells[cell] with { Count = _cells[cell].Count + 1 };
        Count++;
    }

    /// <summary>The rows of one period and window, in order.</summary>
    public IReadOnlyList<CooccurrenceRow> RowsOf(Period period, CooccurrenceWindow window) =>
        _cellIndex.TryGetValue((period, window), out var cell) ? new RowRange(this, _cells[cell].Start, _cells[cell].Count) : [];

    /// <summary>The rows of every period of <paramref name="unit"/> in <paramref name="window"/>, in order.</summary>
    public IEnumerable<CooccurrenceRow> RowsOf(PeriodUnit unit, CooccurrenceWindow window)
    {
        foreach (var cell in _cells)
        {
            if (cell.Period.Unit == unit && cell.Window == window)
            {
                for (var i = cell.Start; i < cell.Start + cell.Count; i++)
                {
                    yield return Row(i);
                }
            }
        }
    }

    /// <summary>
    /// The rows of <paramref name="unit"/> and <paramref name="window"/> pair by pair, ordered by the first
    /// actor's id then the second's, each pair's rows in period order: what a file of edges with their
    /// history needs, sorted as numbers rather than gathered as objects.
    /// </summary>
    public IEnumerable<(ActorPair Pair, IReadOnlyList<CooccurrenceRow> Rows)> ByPair(PeriodUnit unit, CooccurrenceWindow window)
    {
        var rank = RanksById();
        var cells = _cells.Where(c => c.Period.Unit == unit && c.Window == window).ToList();
        var ordered = new int[cells.Sum(c => c.Count)];
        var filled = 0;
        foreach (var cell in cells)
        {
            for (var i = cell.Start; i < cell.Start + cell.Count; i++)
            {
                ordered[filled++] = i;
            }
        }

        // Row order breaks ties between equal pairs, which keeps each pair's rows in period order.
        Array.Sort(ordered, (x, y) =>
        {
            var (a, b) = (Packed(x), Packed(y));
            var order = rank[a.A].CompareTo(rank[b.A]);
            order = order != 0 ? order : rank[a.B].CompareTo(rank[b.B]);
            return order != 0 ? order : x.CompareTo(y);
        });
        for (var start = 0; start < ordered.Length;)
        {
            var first = Packed(ordered[start]);
            var end = start + 1;
            while (end < ordered.Length && rank[Packed(ordered[end]).A] == rank[first.A] && rank[Packed(ordered[end]).B] == rank[first.B])
            {
                end++;
            }

            var rows = new CooccurrenceRow[end - start];
            for (var i = start; i < end; i++)
            {
                rows[i - start] = Row(ordered[i]);
            }

            yield return (rows[0].Pair, rows);
            start = end;
        }
    }

    /// <summary>The rows of <paramref name="pair"/> (by ids), in every period and window, in order.</summary>
    public IEnumerable<CooccurrenceRow> RowsOf(ActorPair pair)
    {
        var first = new bool[_actors.Count];
        var second = new bool[_actors.Count];
        for (var n = 0; n < _actors.Count; n++)
        {
            first[n] = _actors[n].Id == pair.A;
            second[n] = _actors[n].Id == pair.B;
        }

        for (var i = 0; i < Count; i++)
        {
            var tie = Packed(i);
            if (first[tie.A] && second[tie.B])
            {
                yield return Row(i);
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerator<CooccurrenceRow> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Row(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ref readonly PackedTie Packed(int index) => ref _blocks[index >> BlockBits][index & (BlockSize - 1)];

    private CooccurrenceRow Row(int index)
    {
        ref readonly var tie = ref Packed(index);
        var cell = _cells[tie.Cell];
        return new CooccurrenceRow(cell.Period, cell.Window, _actors[tie.A], _actors[tie.B], tie.Documents, tie.Stories, tie.Weight, tie.WindowsA, tie.WindowsB, cell.Windows);
    }

    private int Number(Actor actor)
    {
        if (!_actorNumbers.TryGetValue(actor, out var number))
        {
            number = _actors.Count;
            _actorNumbers.Add(actor, number);
            _actors.Add(actor);
        }

        return number;
    }

    // Each actor number's place among the actors' ids in ordinal order; two actors of one id share it.
    private int[] RanksById()
    {
        var byId = Enumerable.Range(0, _actors.Count).OrderBy(n => _actors[n].Id, StringComparer.Ordinal).ToArray();
        var rank = new int[_actors.Count];
        for (var i = 0; i < byId.Length; i++)
        {
            rank[byId[i]] = i > 0 && _actors[byId[i]].Id == _actors[byId[i - 1]].Id ? rank[byId[i - 1]] : i;
        }

        return rank;
    }

    private readonly record struct Cell(Period Period, CooccurrenceWindow Window, int Windows, int Start, int Count);

    private readonly record struct PackedTie(int Cell, int A, int B, int Documents, int Stories, int Weight, int WindowsA, int WindowsB);

    // The rows of one cell, read on demand.
    private sealed class RowRange(TieTable table, int start, int count) : IReadOnlyList<CooccurrenceRow>
    {
        public int Count => count;

        public CooccurrenceRow this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
                return table.Row(start + index);
            }
        }

        public IEnumerator<CooccurrenceRow> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return table.Row(start + i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
