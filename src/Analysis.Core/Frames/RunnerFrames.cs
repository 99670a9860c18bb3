using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// The runner's data files as DataFrames (see <see cref="RunnerData"/>). In <see cref="Mentions"/> and
/// <see cref="Cooccurrence"/> actors are Int32 keys (<c>actor_key</c>, <c>actor_a_key</c>,
/// <c>actor_b_key</c>), each the row of <see cref="Actors"/> holding the actor's id, name, type and counts;
/// the id, name and type columns of the files are left out, being one lookup away.
/// </summary>
public sealed class RunnerFrames
{
    private readonly StringDataFrameColumn _ids;
    private readonly StringDataFrameColumn? _names;

    internal RunnerFrames(DataFrame documents, DataFrame mentions, DataFrame actors, DataFrame cooccurrence, RunnerDataSummary summary)
    {
        Documents = documents;
        Mentions = mentions;
        Actors = actors;
        Cooccurrence = cooccurrence;
        Summary = summary;
        _ids = (StringDataFrameColumn)actors["actor_id"];
        _names = actors.Columns.IndexOf("actor") >= 0 ? actors["actor"] as StringDataFrameColumn : null;
    }

    /// <summary><c>documents.csv</c>: <c>chars</c> as Int32, the rest as text; <c>date</c> stays text
    /// (<c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>), so a month-dated article is not made a day.</summary>
    public DataFrame Documents { get; }

    /// <summary><c>mentions.csv</c>: <c>doc_id</c>, <c>actor_key</c>, <c>surface</c>, the offsets, sentence
    /// (and <c>paragraph</c> when the file has it) as Int32, <c>origin</c>, <c>title</c>.</summary>
    public DataFrame Mentions { get; }

    /// <summary><c>actors.csv</c>, every actor, with <c>actor_key</c> (its row) first; counts as Int32.</summary>
    public DataFrame Actors { get; }

    /// <summary><c>cooccurrence.csv</c>: <c>period</c>, <c>actor_a_key</c>, <c>actor_b_key</c>, <c>window</c>,
    /// counts as Int32, <c>unit</c>, measures as Double (null where the file has no number).</summary>
    public DataFrame Cooccurrence { get; }

    /// <summary>What the load took in; its <c>ToString()</c> is a one-line summary.</summary>
    public RunnerDataSummary Summary { get; }

    /// <summary>The id of the actor with <paramref name="key"/>.</summary>
    public string ActorId(int key) => _ids[key] ?? string.Empty;

    /// <summary>The canonical name of the actor with <paramref name="key"/>.</summary>
    public string ActorName(int key) => _names?[key] ?? ActorId(key);

    /// <summary>The key of an actor given by id or canonical name (case ignored); null when there is none.</summary>
    public int? ActorKey(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        for (var row = 0; row < _ids.Length; row++)
        {
            if (string.Equals(_ids[row], idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(_names?[row], idOrName, StringComparison.OrdinalIgnoreCase))
            {
                return (int)row;
            }
        }

        return null;
    }

    /// <summary>
    /// A copy of <paramref name="frame"/> (say, a few rows: <c>data.WithActorNames(data.Mentions.Head(5))</c>)
    /// with each actor key followed by the actor's name (<c>actor_key</c> by <c>actor</c>,
    /// <c>actor_a_key</c> by <c>actor_a</c>), for reading.
    /// </summary>
    public DataFrame WithActorNames(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = new List<DataFrameColumn>();
        foreach (var column in frame.Columns)
        {
            columns.Add(column.Clone());
            if (column is Int32DataFrameColumn keys && column.Name.EndsWith("_key", StringComparison.Ordinal))
            {
                columns.Add(new StringDataFrameColumn(column.Name[..^"_key".Length], keys.Select(k => k is { } key ? ActorName(key) : null)));
            }
        }

        return new DataFrame(columns);
    }
}
