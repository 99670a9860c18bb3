using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// How one of the runner's files becomes a DataFrame in <see cref="RunnerData"/>: each column typed by the
/// kind the library's table gives it (whole numbers as Int32, measures as Double, text and keys as pooled
/// strings, free text with its formula protection undone), actor id columns replaced by Int32 keys into the
/// actors frame, and the columns those keys make redundant left out. Columns the library does not know
/// (added by a later version) are read as text.
/// </summary>
internal sealed record FrameShape
{
    private readonly Dictionary<string, TableColumnKind> _kinds;

    private FrameShape(Dictionary<string, TableColumnKind> kinds) => _kinds = kinds;

    /// <summary>Text columns whose values seldom repeat (titles, file paths, alias lists): not pooled.</summary>
    public IReadOnlySet<string> Unpooled { get; init; } = new HashSet<string>();

    /// <summary>The actor keys, in slot order: the key column's name, the id column it is read from, and the
    /// column in whose place it stands (the id column's, when the file lacks that one).</summary>
    public IReadOnlyList<(string Key, string Id, string Anchor)> Keys { get; init; } = [];

    /// <summary>Columns left out of the frame: the ids and names the keys stand for.</summary>
    public IReadOnlySet<string> Dropped { get; init; } = new HashSet<string>();

    /// <summary>The shape of <paramref name="table"/>'s file.</summary>
    public static FrameShape Of<T>(Table<T> table) =>
        new(table.Columns.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal));

    /// <summary>The column loaders for <paramref name="reader"/>'s header, keys taken from <paramref name="keys"/>.</summary>
    public List<ColumnLoader> Plan(CsvFrameReader reader, int[] keys)
    {
        var loaders = new List<ColumnLoader>();
        for (var index = 0; index < reader.Headers.Count; index++)
        {
            var name = reader.Headers[index];
            for (var slot = 0; slot < Keys.Count; slot++)
            {
                var (_, id, anchor) = Keys[slot];
                if (anchor == name || (id == name && reader.IndexOf(anchor) < 0))
                {
                    loaders.Add(ColumnLoader.Key(Keys[slot].Key, keys, slot));
                }
            }

            if (Dropped.Contains(name) || reader.IndexOf(name) != index)
            {
                continue; // a dropped column, or a repeated header name
            }

            loaders.Add(_kinds.GetValueOrDefault(name, TableColumnKind.Text) switch
            {
                TableColumnKind.Count => ColumnLoader.WholeNumber(name, index),
                TableColumnKind.Number => ColumnLoader.RealNumber(name, index),
                TableColumnKind.Key => ColumnLoader.Text(name, index, pooled: !Unpooled.Contains(name), restore: false),
                _ => ColumnLoader.Text(name, index, pooled: _kinds.ContainsKey(name) && !Unpooled.Contains(name), restore: true),
            });
        }

        return loaders;
    }

    /// <summary>The frame made of the filled columns.</summary>
    public static DataFrame Frame(IEnumerable<ColumnLoader> loaders) => new(loaders.Select(l => l.Column));
}
