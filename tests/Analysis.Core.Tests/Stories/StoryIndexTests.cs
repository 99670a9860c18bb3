using Analysis.Core.Corpus;
using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>Candidate look-up: stories sharing a key with the document, near its date; undated ones by key alone.</summary>
public sealed class StoryIndexTests
{
    private static readonly ulong Goita = TermKey.OfActor("assimi-goita");
    private static readonly ulong Senou = TermKey.OfTerm("senou");
    private static readonly ulong Convoi = TermKey.OfTerm("convoi");

    [Fact]
    public void Candidates_ListStoriesSharingAKey_WhenTheyAreNearTheDocumentsDate()
    {
        var index = new StoryIndex();
        Add(index, 0, "2024-03-09", Senou);
        Add(index, 1, "2024-03-09", Convoi);
        Add(index, 2, "2024-07-06", Senou);

        Assert.Equal([0], index.Candidates([Senou], Days("2024-03-11"), 3));
    }

    [Fact]
    public void Candidates_ListStoriesOfTheMonth_WhenTheDocumentIsMonthDated()
    {
        var index = new StoryIndex();
        Add(index, 0, "2024-03-02", Goita);
        Add(index, 1, "2024-03-30", Goita);
        Add(index, 2, "2024-05-15", Goita);

        Assert.Equal([0, 1], index.Candidates([Goita], Days("2024-03"), 3));
    }

    [Fact]
    public void Candidates_ListUndatedStories_WhenTheDocumentIsDated()
    {
        var index = new StoryIndex();
        Add(index, 0, "", Senou);

        Assert.Equal([0], index.Candidates([Senou], Days("2024-03-11"), 3));
    }

    [Fact]
    public void Candidates_ListStoriesOfAnyDate_WhenTheDocumentIsUndated()
    {
        var index = new StoryIndex();
        Add(index, 0, "2023-08-29", Senou);
        Add(index, 1, "2024-11-06", Senou);
        Add(index, 2, "2024-11-06", Convoi);

        Assert.Equal([0, 1], index.Candidates([Senou], null, 3));
    }

    [Fact]
    public void Candidates_FollowTheStory_WhenALaterDocumentWidensItIntoAnotherWeek()
    {
        var index = new StoryIndex();
        var story = Add(index, 0, "2024-03-09", Senou);
        Add(index, story, "2024-03-20", Convoi);

        Assert.Equal([0], index.Candidates([Senou], Days("2024-03-23"), 0));
        Assert.Equal([0], index.Candidates([Convoi], Days("2024-03-08"), 0));
    }

    [Fact]
    public void Candidates_KeepsTheStoriesSharingMostKeys_WhenMoreThanTheLimitShareOne()
    {
        var index = FortyStoriesSharingConvoi();

        Assert.Equal([7, 23, 31, 39], index.Candidates([Convoi, Senou, Goita], Days("2024-03-11"), 3, maxUndated: 4));
        Assert.Equal(40, index.Candidates([Convoi, Senou, Goita], Days("2024-03-11"), 3).Count);
    }

    [Fact]
    public void Candidates_KeepTheDatedStoriesOfTheWeek_WhenUndatedOnesShareMoreKeys()
    {
        // Undated stories 7 and 23 share two of the document's keys, the other undated ones one; story 40,
        // of the document's week, shares only "convoi"; story 41 is a month later.
        var index = FortyStoriesSharingConvoi();
        Add(index, 40, "2024-03-09", Convoi);
        Add(index, 41, "2024-04-20", Convoi);

        Assert.Equal([7, 23, 40], index.Candidates([Convoi, Senou], Days("2024-03-11"), 3, max: 1, maxUndated: 2));
    }

    [Fact]
    public void Candidates_KeepTheDatedStoriesSharingMostKeys_WhenMoreThanTheLimitAreInTheWeek()
    {
        var index = new StoryIndex();
        Add(index, 0, "2024-03-09", Convoi);
        var both = Add(index, 1, "2024-03-10", Convoi);
        Add(index, both, "2024-03-10", Senou);
        Add(index, 2, "2024-03-12", Convoi);

        Assert.Equal([1], index.Candidates([Convoi, Senou], Days("2024-03-11"), 3, max: 1));
        Assert.Equal([1, 2], index.Candidates([Convoi, Senou], Days("2024-03-11"), 3, max: 2));
    }

    [Fact]
    public void Candidates_CountAYearDatedStoryWithTheUndated_WhenItIsListedInTheDocumentsWeek()
    {
        // A story dated only "2024" covers every week of the year, but its dates support no match.
        var index = new StoryIndex();
        Add(index, 0, "2024", Convoi);
        Add(index, 1, "2024-03-10", Convoi);

        Assert.Equal([0, 1], index.Candidates([Convoi], Days("2024-03-11"), 3));
        Assert.Equal([1], index.Candidates([Convoi], Days("2024-03-11"), 3, maxUndated: 0));
        Assert.Equal([0], index.Candidates([Convoi], Days("2024-03-11"), 3, max: 0));
    }

    [Fact]
    public void Candidates_CountEveryStoryWithTheUndated_WhenTheDocumentIsDatedOnlyToTheYear()
    {
        var index = new StoryIndex();
        Add(index, 0, "2024-03-09", Convoi);
        Add(index, 1, "2024-03-10", Convoi);

        Assert.Equal([1], index.Candidates([Convoi], Days("2024"), 3, max: 5, maxUndated: 1, yearOnly: true));
    }

    [Fact]
    public void Candidates_PassOverAStoryDatedSinceItWasListedAsUndated_WhenItsWeeksAreElsewhere()
    {
        var index = new StoryIndex();
        var story = Add(index, 0, "", Convoi);
        Add(index, story, "2024-07-06", Senou);

        Assert.Empty(index.Candidates([Convoi], Days("2024-03-11"), 3));
        Assert.Equal([0], index.Candidates([Convoi], Days("2024-07-08"), 3));
    }

    [Fact]
    public void Candidates_CapEveryStoryAsUndated_WhenTheDocumentIsUndated()
    {
        var index = FortyStoriesSharingConvoi();
        Add(index, 40, "2024-03-09", Convoi);

        // Dated or not, nothing in the dates supports a match: the limit on undated candidates holds for all.
        Assert.Equal([31, 40], index.Candidates([Convoi, Goita], null, 3, max: 100, maxUndated: 2));
    }

    [Fact]
    public void Candidates_CountsOnlyThisLookUpsKeys_WhenAnEarlierLookUpFoundOtherStories()
    {
        var index = FortyStoriesSharingConvoi();
        _ = index.Candidates([Senou], null, 3);

        // 31 shares two keys; of the stories sharing one, the latest. 7 and 23 share none of these keys.
        Assert.Equal([31, 39], index.Candidates([Convoi, Goita], null, 3, maxUndated: 2));
    }

    [Fact]
    public void Candidates_LeavesOutAClosedStory_WhenItSharesTheMostKeys()
    {
        var index = FortyStoriesSharingConvoi();
        index.Close(31);
        index.Close(39);

        Assert.Equal([37, 38], index.Candidates([Convoi, Goita], null, 3, maxUndated: 2));
    }

    // Forty undated stories share "convoi"; 7 and 23 also share "senou", 31 shares Goïta too.
    private static StoryIndex FortyStoriesSharingConvoi()
    {
        var index = new StoryIndex();
        var stories = Enumerable.Range(0, 40).Select(i => Add(index, i, "", Convoi)).ToList();
        Add(index, stories[7], "", Senou);
        Add(index, stories[23], "", Senou);
        Add(index, stories[31], "", Goita);
        return index;
    }

    private static StoryProfile Add(StoryIndex index, int story, string date, ulong key) =>
        Add(index, new StoryProfile("story-" + story, story, "title"), date, key);

    // Adds a one-term document to the story and updates the index, as the detector does.
    private static StoryProfile Add(StoryIndex index, StoryProfile story, string date, ulong key)
    {
        var frequencies = new DocumentFrequencies();
        story.Add(Features(date, key), [new WeightedKey(key, 1, 0)], [], frequencies, new StoryOptions());
        var keys = new List<ulong>();
        story.AddIndexKeys(15, frequencies, keys);
        index.Update(story, [.. keys]);
        return story;
    }

    private static DocumentFeatures Features(string date, ulong key)
    {
        _ = PartialDate.TryParse(date, out var value);
        return new DocumentFeatures("doc-" + date, "title", value, [new WeightedKey(key, 1, 0)], []);
    }

    private static DayInterval? Days(string date)
    {
        _ = PartialDate.TryParse(date, out var value);
        return new DocumentFeatures("doc", "title", value, [], []).Interval;
    }
}
