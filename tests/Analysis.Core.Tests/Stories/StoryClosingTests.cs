using System.Globalization;
using System.Text;
using Analysis.Core.IO;
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

    [Fact]
    public void Stories_AreTheSame_WhenMostWereClosedAndReadBackFromDisk()
    {
        // Every article reports its own event, so closing changes no story: only where the records are kept.
        // Dates of every precision, titles with accents and quotes, a run of identical texts ("-2", "-3").
        var folder = Directory.CreateTempSubdirectory("stories-").FullName;
        try
        {
            var closing = new StoryDetector(new StoryOptions { MaxOpenStories = 5 }) { TemporaryFolder = folder };
            var open = new StoryDetector(new StoryOptions { MaxOpenStories = 100_000 });
            var dates = new[] { "2024-03-{0:00}", "2024-{0:00}", "2023", string.Empty };
            for (var i = 0; i < 600; i++)
            {
                // Made-up words of its own, so no article resembles another; three copies of one text dated
                // years apart, so they are three stories whose first documents share an id.
                var copy = i is >= 100 and < 103;
                var text = copy
                    ? "« Même dépêche » : Zorvane Kettubal Miraspe Ulondé Harvik."
                    : $"« Dépêche {i} » : {Word(i)} {Word(i + 1000)} {Word(i + 2000)} {Word(i + 3000)} à {Word(i + 4000)}.";
                var date = copy
                    ? $"{2018 + (2 * (i - 100))}-06-05"
                    : string.Format(CultureInfo.InvariantCulture, dates[i % 4], 1 + (i % 12));
                Assert.Equal(open.Assign(StoryArticles.Extracted(text, date)), closing.Assign(StoryArticles.Extracted(text, date)));
            }

            var expected = open.Stories;
            var actual = closing.Stories;
            Assert.Equal(expected.Count, actual.Count);
            Assert.All(expected.Zip(actual), pair =>
                Assert.Equal(
                    (pair.First.Id, pair.First.Documents, pair.First.First, pair.First.Last, pair.First.Title, string.Join(' ', pair.First.DocumentIds)),
                    (pair.Second.Id, pair.Second.Documents, pair.Second.First, pair.Second.Last, pair.Second.Title, string.Join(' ', pair.Second.DocumentIds))));
            Assert.Contains(actual, s => s.Id.EndsWith("-3", StringComparison.Ordinal));
            Assert.Equal(595, closing.ClosedStories); // all but the five open: read back, not kept in memory
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder)); // unlinked as soon as it was open
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Stories_StaysAsListed_WhenMoreStoriesCloseAfterwards()
    {
        // Listed once the delivery story has closed; two more close after that, and their records follow its.
        var detector = new StoryDetector(new StoryOptions { MaxOpenStories = 1 });
        var delivery = detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDelivery, "2024-03-09"));
        var summit = detector.Assign(StoryArticles.Extracted(StoryArticles.Summit, "2024-03-10"));
        var listed = detector.Stories;

        detector.Assign(StoryArticles.Extracted(StoryArticles.ConvoyAttack, "2024-03-10"));
        detector.Assign(StoryArticles.Extracted(StoryArticles.AirForceBackground, "2024-05-10"));

        Assert.Equal((1, 3), (listed.Count(s => s.Id == delivery), detector.ClosedStories));
        Assert.Equal([delivery, summit], listed.Select(s => s.Id));
        Assert.Equal([1, 1], listed.Select(s => s.Documents));
        Assert.Equal(4, detector.Stories.Count);
    }

    [Fact]
    public void Stories_GivesBackATitleExactly_WhenItHasAnUnpairedSurrogate()
    {
        // A title cut in the middle of an emoji by some upstream tool: no encoder may "repair" it.
        var detector = new StoryDetector(new StoryOptions { MaxOpenStories = 1 });
        var extracted = StoryArticles.Extracted(StoryArticles.AircraftDelivery, "2024-03-09");
        var title = "Livraison d'avions \uD83C";
        detector.Assign(extracted with { Document = extracted.Document with { Title = title } });
        detector.Assign(StoryArticles.Extracted(StoryArticles.Summit, "2024-03-10"));

        Assert.Equal(1, detector.ClosedStories);
        Assert.Equal(title, detector.Stories[0].Title);
    }

    [Fact]
    public void Assign_ThrowsNamingTheFolderAndTmpdir_WhenAClosedStoryCannotBeKept()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}");
        var detector = new StoryDetector(new StoryOptions { MaxOpenStories = 1 }) { TemporaryFolder = missing };
        detector.Assign(StoryArticles.Extracted(StoryArticles.AircraftDelivery, "2024-03-09"));

        var error = Assert.Throws<TemporaryStorageException>(() => detector.Assign(StoryArticles.Extracted(StoryArticles.Summit, "2024-03-10")));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains(OperatingSystem.IsWindows() ? "TMP" : "TMPDIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("closed stories", error.Message, StringComparison.Ordinal);
    }

    // "bakedo", "bakedi"...: a word no other number gives.
    private static string Word(int number)
    {
        const string Consonants = "bdfgklmnprstvz";
        const string Vowels = "aeiou";
        var word = new StringBuilder();
        for (var n = number + 1; n > 0; n /= 70)
        {
            word.Append(Consonants[n % 14]).Append(Vowels[(n / 14) % 5]);
        }

        return word.ToString();
    }
}
