using System.Globalization;

namespace Analysis.Core.Frames;

/// <summary>
/// What a <see cref="RunnerData"/> load took in: rows per frame, the distinct documents and actors they
/// name, bytes read, time and memory. <see cref="ToString"/> says it in one line.
/// </summary>
/// <param name="Folder">The data folder read.</param>
/// <param name="Documents">Rows of the documents frame.</param>
/// <param name="Mentions">Rows of the mentions frame.</param>
/// <param name="Actors">Rows of the actors frame (every actor: keys point into it).</param>
/// <param name="Cooccurrence">Rows of the co-occurrence frame.</param>
/// <param name="RowsRead">Rows read from the four files, kept or not.</param>
/// <param name="DistinctDocuments">Documents in the documents and mentions frames.</param>
/// <param name="DistinctActors">Actors named in the mentions and co-occurrence frames.</param>
/// <param name="DistinctStrings">Distinct strings in the load's pool: what a million repeated cells shrink to.</param>
/// <param name="BytesRead">Bytes read from the files (the files' sizes when read to the end).</param>
/// <param name="Elapsed">Time the load took.</param>
/// <param name="ManagedBytes">Approximate managed memory the frames hold: the heap's growth over the load, after collection.</param>
public sealed record RunnerDataSummary(
    string Folder,
    long Documents,
    long Mentions,
    long Actors,
    long Cooccurrence,
    long RowsRead,
    int DistinctDocuments,
    int DistinctActors,
    int DistinctStrings,
    long BytesRead,
    TimeSpan Elapsed,
    long ManagedBytes)
{
    /// <summary>
    /// The summary in one line: rows per frame, distinct documents and actors, bytes read, time and memory,
    /// e.g. <c>rows kept: documents 5, mentions 209, actors 44, cooccurrence 1,876, of 2,134 read; 5 documents
    /// and 44 actors named; 140 distinct strings; 372.4 KB read in 0.05 s, ~1.2 MB managed</c>. The rows read
    /// are those of the four files together, so that a filter's effect shows as kept against read.
    /// </summary>
    public override string ToString() => Describe(costs: true);

    /// <summary>
    /// The one-line summary, with or without the time and memory (which vary from run to run: leave them
    /// out where outputs are compared, as in committed notebooks).
    /// </summary>
    public string Describe(bool costs)
    {
        var line = string.Format(
            CultureInfo.InvariantCulture,
            "rows kept: documents {0:N0}, mentions {1:N0}, actors {2:N0}, cooccurrence {3:N0}, of {4:N0} read; {5:N0} documents and {6:N0} actors named; {7:N0} distinct strings; {8} read",
            Documents,
            Mentions,
            Actors,
            Cooccurrence,
            RowsRead,
            DistinctDocuments,
            DistinctActors,
            DistinctStrings,
            Size(BytesRead));
        return costs
            ? line + string.Format(CultureInfo.InvariantCulture, " in {0:0.00} s, ~{1} managed", Elapsed.TotalSeconds, Size(ManagedBytes))
            : line;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GB"),
    };
}
