namespace Analysis.Core.Cooccurrence;

/// <summary>
/// When a counter starts setting the ties of the finer periods aside on disk, and how many of their records
/// it buffers before writing them. A tie in memory costs ~60 bytes for the whole run, a record 16 bytes
/// while buffered; the defaults hold ~60 MB of ties and 16–32 MB of records (buffers grow by doubling), so
/// the seeds, the notebooks' small corpora and the tests never touch the disk, and a corpus of a million
/// articles keeps most of its month ties there.
/// </summary>
/// <param name="TiesInMemory">Ties of the finer periods totalled in memory before the rest are set aside.</param>
/// <param name="RecordsBuffered">Records buffered, over all periods, before they are written.</param>
/// <param name="Folder">Where the file goes; the system's temporary folder (TMPDIR) when null.</param>
/// <param name="RecordsRead">Records read back at once, into one buffer reused for every period.</param>
internal sealed record TieSpillLimits(long TiesInMemory, int RecordsBuffered, string? Folder = null, int RecordsRead = 16_384)
{
    public static TieSpillLimits Default { get; } = new(1_000_000, 1_000_000);
}
