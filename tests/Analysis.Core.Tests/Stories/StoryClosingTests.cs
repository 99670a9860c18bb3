using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>
/// <see cref="StoryOptions.MaxOpenStories"/>: past that many open stories, the one quiet longest is closed,
/// so memory follows the open stories rather than the corpus.
/// </summary>
public sealed class StoryClosingTests
{
    [Fact]
    public void Assign_StartsANewStory_WhenTheMatchingStoryWasClosed()
    {
        // Two open stories at most: the delivery story is closed by the two that follow it.
        var detector = new StoryDetector(new StoryOptions { MaxOpenStories = 2 });

        var delivery = detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDelivery, "2024-03-09"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.Summit, "2024-03-10"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.ConvoyAttack, "2024-03-10"));
        var rewrite = detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDeliveryRewritten, "2024-03-11"));

        Assert.NotEqual(delivery, rewrite);
        Assert.Equal(1, detector.Stories.Single(s => s.Id == delivery).Documents);
    }

    [Fact]
    public void Assign_JoinsTheStory_WhenItWasTheLatestToGetAnArticle()
    {
        // The delivery story got the third article, so the summit's is the one closed.
        var detector = new StoryDetector(new StoryOptions { MaxOpenStories = 2 });

        var delivery = detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDelivery, "2024-03-09"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.Summit, "2024-03-10"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDeliveryRewritten, "2024-03-10"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.ConvoyAttack, "2024-03-10"));
        var again = detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDeliveryRewritten, "2024-03-11"));

        Assert.Equal(delivery, again);
    }

    [Fact]
    public void Stories_KeepsAClosedStorysArticlesDatesAndTitle_InOrderOfCreation()
    {
        // The delivery story (two articles, 9 and 10 March) is closed by the summit and the convoy attack.
        var detector = new StoryDetector(new StoryOptions { MaxOpenStories = 2 });
        var first = StoryArticles.Extracted(StoryArticles.AircraftDelivery, "2024-03-09");
        var second = StoryArticles.Extracted(StoryArticles.AircraftDeliveryRewritten, "2024-03-10");

        var delivery = detector.Assign(first);
        Assert.Equal(delivery, detector.Assign(second));
        detector.Assign(StoryArticles.Extracted(StoryArticles.Summit, "2024-03-10"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.ConvoyAttack, "2024-03-11"));

        var closed = detector.Stories[0];
        Assert.Equal(3, detector.Stories.Count);
        Assert.Equal(delivery, closed.Id);
        Assert.Equal([first.Document.Id, second.Document.Id], closed.DocumentIds);
        Assert.Equal(("2024-03-09", "2024-03-10"), (closed.First.ToString(), closed.Last.ToString()));
        Assert.Equal(first.Document.Title, closed.Title);
    }

    [Fact]
    public void Assign_KeepsTheIndexToTheOpenStories_WhenThousandsOfStoriesPass()
    {
        var open = new StoryDetector(new StoryOptions { MaxOpenStories = 20 });
        var unbounded = new StoryDetector(new StoryOptions { MaxOpenStories = 100_000 });
        for (var i = 0; i < 3000; i++)
        {
            // Each article reports its own numbered event, so stories pile up.
            var text = $"Le convoi {i} a été attaqué près de Gao-{i} ; le village Kel-{i} a reçu {i} blessés.";
            var day = $"2024-{1 + (i % 12):00}-{1 + (i % 28):00}";
            open.Assign(StoryArticles.Extracted(text, day));
            unbounded.Assign(StoryArticles.Extracted(text, day));
        }

        Assert.Equal(3000, open.Stories.Sum(s => s.Documents));
        Assert.True(open.IndexPostings < unbounded.IndexPostings / 4, $"{open.IndexPostings} postings with 20 open stories, {unbounded.IndexPostings} with all open");
    }
}
