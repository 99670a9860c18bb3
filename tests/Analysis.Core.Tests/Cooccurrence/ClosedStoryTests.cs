using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Stories;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// The whole corpus's ties let go of stories that closed (no article can join them any more) and keep only
/// how many there were: not one count may change, and a story must not be let go before its last article
/// is counted, even when stories are assigned ahead of counting.
/// </summary>
public sealed class ClosedStoryTests
{
    private const string Diarra = "oumar-diarra";
    private const string Simpore = "celestin-simpore";

    [Fact]
    public void StoriesClosed_LeavesTheStoryCount_WhenEachStoryClosesAfterItsSecondArticle()
    {
        // Twenty articles naming Diarra and Simporé, two per story: ten stories.
        var extractor = new ActorExtractor(ActorDictionary.Default);
        var counter = new CooccurrenceCounter(ActorDictionary.Default) { ForgetEvery = 1 };
        for (var i = 0; i < 20; i++)
        {
            var article = extractor.Extract(TestDocuments.Article("Oumar Diarra et Célestin Simporé ont signé un communiqué commun.", $"2023-08-{1 + i:00}"));
            counter.Add(article, $"s{i / 2}");
            if (i % 2 == 1)
            {
                counter.StoriesClosed([$"s{i / 2}"]);
            }
        }

        var all = counter.Complete().RowsOf(Period.All, CooccurrenceWindow.Document).Single(r => r.Pair == new ActorPair(Diarra, Simpore));
        Assert.Equal((20, 10), (all.Documents, all.Stories));
    }

    [Fact]
    public void Count_GivesTheCountsOfARecount_WhenStoriesAreAssignedAheadOfCounting_AndMostClose()
    {
        // Two open stories at most: each third story closes the first of the three, while the runner's
        // assignment runs five articles ahead of the counting, so a story closes before its last articles
        // are counted.
        const int ahead = 5;
        var articles = Articles().ToList();
        var accumulator = new CooccurrenceAccumulator(ActorDictionary.Default, storyOptions: new StoryOptions { MaxOpenStories = 2 });
        var prepared = articles.ConvertAll(accumulator.Prepare);
        var stories = new string[articles.Count];
        for (var i = 0; i < articles.Count + ahead; i++)
        {
            if (i < articles.Count)
            {
                stories[i] = accumulator.AssignStory(prepared[i]);
            }

            if (i >= ahead)
            {
                accumulator.Count(prepared[i - ahead], stories[i - ahead]);
            }
        }

        var recount = new CooccurrenceCounter(ActorDictionary.Default);
        for (var i = 0; i < articles.Count; i++)
        {
            recount.Add(articles[i], stories[i]);
        }

        Assert.Equal(10, stories.Distinct().Count());
        Assert.Equal(recount.Complete().Rows, accumulator.Complete().Rows);
    }

    // Three topics in turn, three articles each on consecutive days, then the next month again: ten stories
    // of three articles.
    private static IEnumerable<ExtractedDocument> Articles()
    {
        string[] topics =
        [
            "Le général Oumar Diarra a reçu le colonel-major Célestin Simporé à Bamako pour parler de la sécurité des frontières.",
            "Le Mali et le Niger ont signé à Niamey un accord sur le commerce du bétail et les corridors routiers.",
            "Assimi Goïta et Abdourahamane Tiani ont inauguré ensemble une centrale solaire près de la frontière.",
        ];
        var extractor = new ActorExtractor(ActorDictionary.Default);
        for (var i = 0; i < 30; i++)
        {
            yield return extractor.Extract(TestDocuments.Article(topics[i / 3 % 3], $"2024-{1 + (i / 9):00}-{1 + (i % 9):00}"));
        }
    }
}
