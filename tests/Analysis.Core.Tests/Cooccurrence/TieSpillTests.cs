using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.IO;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// A counter over its limit sets the ties of the finer periods aside on disk and adds them back when the
/// counts are built: not one figure may change, whether one tie or all of them went to disk, in one chunk or
/// many, read back whole or in pieces. The corpus is the four articles of <see cref="CooccurrenceCounterTests"/>.
/// </summary>
public sealed class TieSpillTests : IDisposable
{
    // From the first tie of a finer period on, a write every three records, a read of two at a time.
    private static readonly TieSpillLimits Tight = new(0, 3, RecordsRead: 2);

    private readonly string _folder = Directory.CreateTempSubdirectory("tie-spill-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(0, 3, 2)]
    [InlineData(5, 2, 1)]
    [InlineData(12, 4, 3)]
    [InlineData(25, 1, 16)]
    [InlineData(40, 5, 1)]
    public void Complete_GivesTheSameCounts_WhenTheTiesAreSetAsideOnDisk(int tiesInMemory, int recordsBuffered, int recordsRead)
    {
        // With a few ties in memory first, a tie of August (articles A and D) is counted partly from memory
        // and partly from the file.
        var expected = Counter(TieSpillLimits.Default).Complete();
        var counter = Counter(new TieSpillLimits(tiesInMemory, recordsBuffered, _folder, recordsRead));

        var counts = counter.Complete();

        Assert.True(counter.SpilledRecords > 0, "no pair set aside");
        Assert.Equal(expected.Rows, counts.Rows);
        Assert.Equal(expected.Presence, counts.Presence);
        Assert.Equal(expected.Periods, counts.Periods);
    }

    [Fact]
    public void Complete_CountsArticlesAndStories_WhenTheTiesWereSetAside()
    {
        var counts = Counter(Tight with { Folder = _folder }).Complete();

        // A and D, one story, each with Diarra and Simporé in one sentence: week 35 of 2023.
        var week = counts.Rows.Single(r => r.Period.Label == "2023-W35" && r.Window == CooccurrenceWindow.Sentence && r.Pair == new ActorPair("celestin-simpore", "oumar-diarra"));
        Assert.Equal((2, 1, 2), (week.Documents, week.Stories, week.Weight));
    }

    [Fact]
    public void SpilledRecords_IsZero_WhenTheTiesFitInMemory()
    {
        Assert.Equal(0, Counter(TieSpillLimits.Default).SpilledRecords);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Complete_GivesTheSameCounts_WhenReleasingTheTotalsSetAsideOnAnyThreads(int threads)
    {
        // The cells set aside come back as the caller reaches them, while the workers sort the cells before.
        var expected = Counter(TieSpillLimits.Default).Complete(release: false, threads: 1);

        var counts = Counter(Tight with { Folder = _folder }).Complete(release: true, threads);

        Assert.Equal(expected.Rows, counts.Rows);
        Assert.Equal(expected.Presence, counts.Presence);
    }

    [Fact]
    public void Complete_KeepsCounting_WhenCalledBetweenArticlesWithTiesSetAside()
    {
        var expected = Counter(TieSpillLimits.Default).Complete();
        var counter = new CooccurrenceCounter(ActorDictionary.Default, null, Tight with { Folder = _folder });
        CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles.Take(2));
        var early = counter.SpilledRecords;
        counter.Complete();

        CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles.Skip(2));

        Assert.Equal(expected.Rows, counter.Complete().Rows);
        Assert.True(counter.SpilledRecords > early, "the articles after the first completion were not set aside");
    }

    [Fact]
    public void Add_ThrowsNamingTheFileAndTmpdir_WhenTheFolderCannotBeWritten()
    {
        var missing = Path.Combine(_folder, "missing");
        var counter = new CooccurrenceCounter(ActorDictionary.Default, null, Tight with { Folder = missing });

        var error = Assert.Throws<TemporaryStorageException>(() => CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains(OperatingSystem.IsWindows() ? "TMP" : "TMPDIR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_LeavesNoFileBehind_WhenTheTiesWereSetAside()
    {
        var counter = Counter(Tight with { Folder = _folder });

        counter.Complete(release: true);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private static CooccurrenceCounter Counter(TieSpillLimits limits)
    {
        var counter = new CooccurrenceCounter(ActorDictionary.Default, null, limits);
        CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles);
        return counter;
    }
}
