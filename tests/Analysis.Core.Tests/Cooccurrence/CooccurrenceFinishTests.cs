using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// The end of a stream: <see cref="CooccurrenceAccumulator.Finish"/> releases the running totals as it
/// builds the rows, which must not change a single figure, and the rows of each period and window are
/// found by their position in the ordered list.
/// </summary>
public sealed class CooccurrenceFinishTests
{
    private static readonly (string Text, string Date)[] Articles =
    [
        ("Le général Oumar Diarra a reçu le colonel-major Célestin Simporé à Bamako. Le Mali et le Niger ont signé un accord.", "2023-08-29"),
        ("Le Mali et le Burkina Faso signent un accord de défense. Oumar Diarra était présent.", "2023-09-14"),
        ("Le Niger et le Mali renforcent leur coopération. Célestin Simporé et Oumar Diarra se sont parlé.", "2023-09-15"),
        ("Le Burkina Faso et le Niger rappellent leurs ambassadeurs.", ""),
    ];

    [Fact]
    public void Finish_GivesTheRowsAndStoriesOfComplete_WhenTheTotalsAreReleased()
    {
        var expected = Accumulate().Complete();
        var accumulator = Accumulate();
        var stories = accumulator.Stories;

        var (counts, finishedStories) = accumulator.Finish();

        Assert.Equal(expected.Rows, counts.Rows);
        Assert.Equal(expected.Presence, counts.Presence);
        Assert.Equal(expected.Periods, counts.Periods);
        Assert.Equal(expected.Documents, counts.Documents);
        Assert.Equal(stories.Select(s => (s.Id, string.Join(" ", s.DocumentIds))), finishedStories.Select(s => (s.Id, string.Join(" ", s.DocumentIds))));
        Assert.NotEmpty(counts.Rows);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Finish_GivesTheRowsOfOneThread_WhenTheCellsAreBuiltOnSeveral(int threads)
    {
        // Cells are built on worker threads a few at a time and packed in order: the same rows, in the same
        // order, as one thread building them one after another.
        var expected = Accumulate().Finish(threads: 1).Counts;

        var (counts, _) = Accumulate().Finish(threads);

        Assert.Equal(expected.Rows, counts.Rows);
        Assert.Equal(expected.Presence, counts.Presence);
        Assert.True(counts.Periods.Count > 2, "the articles span several periods, so several cells are built");
    }

    [Fact]
    public void Finish_Refuses_WhenGivenNoThread() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Accumulate().Finish(threads: 0));

    [Fact]
    public void AssignStory_Throws_AfterFinish()
    {
        var accumulator = Accumulate();
        var stories = accumulator.Finish().Stories;
        var more = accumulator.Prepare(Extract(Articles[0]));

        Assert.Throws<InvalidOperationException>(() => accumulator.AssignStory(more));
        Assert.Same(stories, accumulator.Stories);
    }

    [Fact]
    public void Count_Throws_AfterFinish()
    {
        var accumulator = Accumulate();
        accumulator.Finish();
        var more = accumulator.Prepare(Extract(Articles[0]));

        Assert.Throws<InvalidOperationException>(() => accumulator.Count(more, "story-later"));
    }

    [Fact]
    public void RowsOf_GivesExactlyTheRowsOfThePeriodAndWindow_InTheOrderOfRows()
    {
        var counts = Accumulate().Complete();

        foreach (var period in counts.Periods)
        {
            foreach (var window in Enum.GetValues<CooccurrenceWindow>())
            {
                Assert.Equal(counts.Rows.Where(r => r.Period == period && r.Window == window), counts.RowsOf(period, window));
                Assert.Equal(counts.Presence.Where(p => p.Period == period && p.Window == window), counts.PresenceOf(period, window));
            }
        }
    }

    [Fact]
    public void Rows_AreOrderedByPeriodWindowThenStrongestFirst()
    {
        var rows = Accumulate().Complete().Rows;

        for (var i = 1; i < rows.Count; i++)
        {
            var (before, after) = (rows[i - 1], rows[i]);
            var cell = before.Period.CompareTo(after.Period) is var byPeriod && byPeriod != 0 ? byPeriod : before.Window.CompareTo(after.Window);
            Assert.True(cell < 0 || (cell == 0 && before.Documents >= after.Documents), $"{before} before {after}");
        }
    }

    private static CooccurrenceAccumulator Accumulate()
    {
        var accumulator = new CooccurrenceAccumulator(ActorDictionary.Default);
        foreach (var article in Articles)
        {
            accumulator.Add(Extract(article));
        }

        return accumulator;
    }

    private static ExtractedDocument Extract((string Text, string Date) article) =>
        new ActorExtractor(ActorDictionary.Default).Extract(TestDocuments.Article(article.Text, article.Date));
}
