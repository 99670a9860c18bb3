using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// The actors frame of a <see cref="RunnerData"/> load and the Int32 keys into it: an actor's key is its
/// row, in the order of <c>actors.csv</c>. An actor that another file names but <c>actors.csv</c> lacks
/// (a file of another run, say) gets a row of its own at the end, with the id, name and type that file
/// gives and nulls elsewhere, so every key points at a row.
/// </summary>
internal sealed class ActorKeys
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Name, string Type)> _late = [];
    private readonly DataFrame _read;

    private readonly StringDataFrameColumn _ids;
    private readonly StringDataFrameColumn? _names;

    private ActorKeys(DataFrame read)
    {
        _read = read;
        _ids = (StringDataFrameColumn)read["actor_id"];
        _names = read.Columns.IndexOf("actor") >= 0 ? read["actor"] as StringDataFrameColumn : null;
        for (var row = 0; row < _ids.Length; row++)
        {
            _byId.TryAdd(_ids[row] ?? string.Empty, row);
        }
    }

    /// <summary>Reads <c>actors.csv</c> in full: it is the table every key refers to.</summary>
    public static ActorKeys Read(CsvFrameReader reader)
    {
        reader.Require("actor_id");
        var shape = FrameShape.Of(ActorTables.Actors) with { Unpooled = new HashSet<string>(StringComparer.Ordinal) { "aliases" } };
        var loaders = shape.Plan(reader, []);
        while (reader.Read())
        {
            foreach (var loader in loaders)
            {
                loader.Append(reader);
            }
        }

        return new ActorKeys(FrameShape.Frame(loaders));
    }

    /// <summary>The key of the actor with <paramref name="id"/>, if it has one.</summary>
    public bool TryKey(string id, out int key) => _byId.TryGetValue(id, out key);

    /// <summary>Gives a key to an actor <c>actors.csv</c> lacks.</summary>
    public int Add(string id, string name, string type)
    {
        var key = (int)_ids.Length + _late.Count;
        _byId.Add(id, key);
        _late.Add((id, name, type));
        return key;
    }

    /// <summary>The keys of the actors named by id or canonical name (case ignored).</summary>
    /// <exception cref="RunnerDataException">A name is neither an id nor a name of <c>actors.csv</c>.</exception>
    public HashSet<int> Find(IEnumerable<string> idsOrNames)
    {
        var keys = new HashSet<int>();
        foreach (var wanted in idsOrNames)
        {
            var before = keys.Count;
            for (var row = 0; row < _ids.Length; row++)
            {
                if (string.Equals(_ids[row], wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(_names?[row], wanted, StringComparison.OrdinalIgnoreCase))
                {
                    keys.Add((int)row);
                }
            }

            if (keys.Count == before)
            {
                throw new RunnerDataException($"No actor '{wanted}' in actors.csv: give an actor_id or the canonical name in the actor column.");
            }
        }

        return keys;
    }

    /// <summary>The actors frame: <c>actor_key</c> (the row), then the columns of <c>actors.csv</c>.</summary>
    public DataFrame Frame()
    {
        foreach (var (id, name, type) in _late)
        {
            KeyValuePair<string, object>[] row = [new("actor_id", id), new("actor", name), new("type", type)];
            _read.Append(row.Where(cell => _read.Columns.IndexOf(cell.Key) >= 0), inPlace: true);
        }

        _late.Clear();
        var keys = new Int32DataFrameColumn("actor_key", Enumerable.Range(0, (int)_read.Rows.Count));
        return new DataFrame([keys, .. _read.Columns]);
    }
}
