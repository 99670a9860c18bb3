using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// A counter over its limit sets the ties of the finer periods aside on disk and adds them back when the
/// counts are built: not one figure may change, whether one tie or all of them went to disk, in one chunk or
/// many. The corpus is the four articles of <see cref="CooccurrenceCounterTests"/>.
/// </summary>
public sealed class TieSpillTests : IDisposable
{
    // From the first tie of a finer period on, and a write every three records: every path is taken.
    private static readonly TieSpillLimits Tight = new(0, 3);

    private readonly string _folder = Directory.CreateTempSubdirectory("tie-spill-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Complete_GivesTheSameCounts_WhenTheTiesAreSetAsideOnDisk()
    {
        var expected = Counter(TieSpillLimits.Default).Complete();
        var counter = Counter(Tight with { Folder = _folder });

        var counts = counter.Complete();

        Assert.True(counter.SetAside > 3, $"{counter.SetAside} pairs set aside");
        Assert.Equal(expected.Rows, counts.Rows);
        Assert.Equal(expected.Presence, counts.Presence);
        Assert.Equal(expected.Periods, counts.Periods);
    }

    [Fact]
    public void Complete_CountsArticlesAndStoriesOfTiesSetAside_AsTheArticlesSay()
    {
        var counts = Counter(Tight with { Folder = _folder }).Complete();

        // A and D, one story, each with Diarra and Simporé in one sentence: week 35 of 2023.
        var week = counts.Rows.Single(r => r.Period.Label == "2023-W35" && r.Window == CooccurrenceWindow.Sentence && r.Pair == new ActorPair("celestin-simpore", "oumar-diarra"));
        Assert.Equal((2, 1, 2), (week.Documents, week.Stories, week.Weight));
    }

    [Fact]
    public void SetAside_IsZero_WhenTheTiesFitInMemory()
    {
        Assert.Equal(0, Counter(TieSpillLimits.Default).SetAside);
    }

    [Fact]
    public void Complete_GivesTheSameCounts_WhenReleasingTheTotalsSetAside()
    {
        var expected = Counter(TieSpillLimits.Default).Complete();

        var counts = Counter(Tight with { Folder = _folder }).Complete(release: true);

        Assert.Equal(expected.Rows, counts.Rows);
        Assert.Equal(expected.Presence, counts.Presence);
    }

    [Fact]
    public void Complete_KeepsCounting_WhenCalledBetweenArticlesWithTiesSetAside()
    {
        var expected = Counter(TieSpillLimits.Default).Complete();
        var counter = new CooccurrenceCounter(ActorDictionary.Default, null, Tight with { Folder = _folder });
        CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles.Take(2));
        counter.Complete();

        CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles.Skip(2));

        Assert.Equal(expected.Rows, counter.Complete().Rows);
    }

    [Fact]
    public void Add_ThrowsAnIOExceptionNamingTheFileAndTmpdir_WhenTheFolderCannotBeWritten()
    {
        var missing = Path.Combine(_folder, "missing");
        var counter = new CooccurrenceCounter(ActorDictionary.Default, null, Tight with { Folder = missing });

        var error = Assert.Throws<IOException>(() => CooccurrenceCounterTests.AddArticles(counter, CooccurrenceCounterTests.Articles));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("TMPDIR", error.Message, StringComparison.Ordinal);
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
