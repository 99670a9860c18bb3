using Analysis.Core.Corpus;
using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>
/// Stories of hand-written articles (<see cref="StoryArticles"/>), whose expected grouping comes from what
/// each one reports: the Su-25 delivery at Sénou in several outlets' words, the AES summit and an attack
/// near Gao on the same day, and an article on Malian air power that reports no particular event.
/// </summary>
public sealed class StoryDetectorTests
{
    private const string Byline = "[byline] Par Aminata Traoré\n";

    [Fact]
    public void Assign_StartsTwoStories_WhenTwoEventsOfTheSameDayNameTheSameLeaders()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.Summit, "2024-07-06"), (StoryArticles.ConvoyAttack, "2024-07-06"));

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_JoinsOneStory_WhenTwoOutletsReportTheSameEventTwoDaysApart()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AircraftDeliveryRewritten, "2024-03-11"));

        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_StartsTwoStories_WhenTheSameReportComesFortyDaysLater()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (Byline + StoryArticles.AircraftDelivery, "2024-04-18"));

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_JoinsTheDatedStory_WhenAnUndatedNearCopyArrives()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AircraftDeliveryNearCopy, ""));

        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_JoinsTheUndatedStory_WhenADatedNearCopyArrives()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDeliveryNearCopy, ""), (StoryArticles.AircraftDelivery, "2024-03-09"));

        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_StartsANewStory_WhenAnUndatedArticleIsOnlyOnTheSameTheme()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AirForceBackground, ""));

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_JoinsTheDayDatedStory_WhenAMonthDatedReportOfTheSameEventArrives()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AircraftDeliveryMonthly, "2024-03"));

        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_StartsANewStory_WhenAMonthDatedReportIsOfAnotherMonth()
    {
        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AircraftDeliveryMonthly, "2024-05"));

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_KeepsEveryReportInItsStory_WhenAllTheArticlesAreMixed()
    {
        var ids = Assign(
            new StoryDetector(),
            (StoryArticles.Summit, "2024-07-06"),
            (StoryArticles.AircraftDelivery, "2024-03-09"),
            (StoryArticles.ConvoyAttack, "2024-07-06"),
            (StoryArticles.AircraftDeliveryRewritten, "2024-03-11"),
            (StoryArticles.AircraftDeliveryNearCopy, ""),
            (StoryArticles.AircraftDeliveryMonthly, "2024-03"),
            (StoryArticles.AirForceBackground, ""));

        Assert.Equal([ids[1], ids[1], ids[1]], [ids[3], ids[4], ids[5]]);
        Assert.Equal(4, new[] { ids[0], ids[1], ids[2], ids[6] }.Distinct().Count());
    }

    [Fact]
    public void Assign_ScoresOnlyStoriesNearInTime_WhenEarlierStoriesShareActors()
    {
        var detector = new StoryDetector();

        Assign(detector, (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.Summit, "2024-07-06"), (StoryArticles.ConvoyAttack, "2024-07-06"));

        Assert.Equal([1], detector.LastMatches.Select(m => m.Story));
    }

    [Fact]
    public void Assign_IgnoresBoilerplateAndBylines_WhenTwoEventsShareAPageTemplate()
    {
        const string template = """
            [boilerplate] Accueil Politique Sécurité Économie Sahel Mali Niger Burkina Faso
            [boilerplate] À LIRE AUSSI : Assimi Goïta reçoit les chefs d'état-major de l'AES au palais de Koulouba
            [boilerplate] À LIRE AUSSI : Mali : les FAMa neutralisent des terroristes près de Gao et de Ménaka
            [boilerplate] À LIRE AUSSI : Sommet de l'AES à Niamey : la Confédération des États du Sahel est née
            [boilerplate] Mali Actu, l'information du Mali et du Sahel 24h/24, sécurité, politique, Confédération
            [byline] Par la rédaction de Mali Actu
            """;

        var ids = Assign(new StoryDetector(), (StoryArticles.Summit + "\n" + template, "2024-07-06"), (StoryArticles.ConvoyAttack + "\n" + template, "2024-07-06"));

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Assign_StartsANewStory_WhenJoiningWouldStretchTheStoryBeyondMaxStoryDays()
    {
        var detector = new StoryDetector(new StoryOptions { MaxStoryDays = 5 });

        var ids = Assign(
            detector,
            (StoryArticles.AircraftDelivery, "2024-03-09"),
            (Byline + StoryArticles.AircraftDelivery, "2024-03-12"),
            ("[byline] Par Issa Sawadogo\n" + StoryArticles.AircraftDelivery, "2024-03-15"));

        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[1], ids[2]);
    }

    [Fact]
    public void Assign_JoinsTheEarliestStory_WhenTwoStoriesScoreTheSame()
    {
        // The same report on the 9th and the 20th (too far apart for one story), then in a monthly round-up
        // whose month covers both: the two stories score alike, and the earlier one takes it.
        var detector = new StoryDetector();
        var ids = Assign(
            detector,
            (StoryArticles.AircraftDelivery, "2024-03-09"),
            (Byline + StoryArticles.AircraftDelivery, "2024-03-20"),
            ("[byline] Par Issa Sawadogo\n" + StoryArticles.AircraftDelivery, "2024-03"));

        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(detector.LastMatches[0].Score, detector.LastMatches[1].Score);
    }

    [Fact]
    public void Assign_NumbersTheId_WhenATextIdenticalDocumentStartsAnotherStory()
    {
        var first = StoryArticles.Document(StoryArticles.AircraftDelivery, "2024-03-09");

        var ids = Assign(new StoryDetector(), (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AircraftDelivery, "2024-04-18"));

        Assert.Equal(["story-" + first.Id, "story-" + first.Id + "-2"], ids);
    }

    [Fact]
    public void Assign_GivesTheFirstFreeId_WhenADocumentIdEndsLikeANumberedOne()
    {
        // Ids made in code, not by the loader: "a-2" starts a story first, so a's second story skips "-2".
        var detector = new StoryDetector();
        string Start(string text, string date, string id)
        {
            var extracted = StoryArticles.Extracted(text, date);
            return detector.Assign(extracted with { Document = extracted.Document with { Id = id } });
        }

        var ids = new[]
        {
            Start(StoryArticles.Summit, "2024-07-06", "a-2"),
            Start(StoryArticles.AircraftDelivery, "2024-03-09", "a"),
            Start(StoryArticles.AircraftDelivery, "2024-09-18", "a"),
        };

        Assert.Equal(["story-a-2", "story-a", "story-a-3"], ids);
    }

    [Fact]
    public void Assign_GivesTheSameIds_WhenTheSameInputIsFedTwice()
    {
        (string, string)[] input =
        [
            (StoryArticles.Summit, "2024-07-06"),
            (StoryArticles.AircraftDelivery, "2024-03-09"),
            (StoryArticles.ConvoyAttack, "2024-07-06"),
            (StoryArticles.AircraftDeliveryRewritten, "2024-03-11"),
            (StoryArticles.AirForceBackground, ""),
        ];

        Assert.Equal(Assign(new StoryDetector(), input), Assign(new StoryDetector(), input));
    }

    [Fact]
    public void Stories_RecordCountDatesTitleAndDocuments_WhenTwoReportsJoin()
    {
        var detector = new StoryDetector();
        var first = StoryArticles.Document(StoryArticles.AircraftDelivery, "2024-03-09");
        var second = StoryArticles.Document(StoryArticles.AircraftDeliveryRewritten, "2024-03-11");

        Assign(detector, (StoryArticles.AircraftDelivery, "2024-03-09"), (StoryArticles.AircraftDeliveryRewritten, "2024-03-11"));

        var story = Assert.Single(detector.Stories);
        Assert.Equal("story-" + first.Id, story.Id);
        Assert.Equal(2, story.Documents);
        Assert.Equal(PartialDate.OfDay(2024, 3, 9), story.First);
        Assert.Equal(PartialDate.OfDay(2024, 3, 11), story.Last);
        Assert.Equal("Mali : l'armée de l'air réceptionne deux avions de combat Su-25", story.Title);
        Assert.Equal([first.Id, second.Id], story.DocumentIds);
    }

    [Fact]
    public void Stories_HaveNoDates_WhenTheirDocumentsAreUndated()
    {
        var detector = new StoryDetector();

        Assign(detector, (StoryArticles.AirForceBackground, ""));

        var story = Assert.Single(detector.Stories);
        Assert.Equal(PartialDate.Unknown, story.First);
        Assert.Equal(PartialDate.Unknown, story.Last);
    }

    [Fact]
    public void Stories_StayAsTheyWere_WhenTakenBeforeLaterAssignments()
    {
        var detector = new StoryDetector();
        Assign(detector, (StoryArticles.AircraftDelivery, "2024-03-09"));
        var before = detector.Stories;

        Assign(detector, (StoryArticles.AircraftDeliveryRewritten, "2024-03-11"), (StoryArticles.Summit, "2024-07-06"));

        Assert.Equal(1, Assert.Single(before).Documents);
        Assert.Equal([2, 1], detector.Stories.Select(s => s.Documents));
    }

    [Fact]
    public void Constructor_Throws_WhenNoTermIsKept()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryDetector(new StoryOptions { MaxTerms = 0 }));
    }

    private static string[] Assign(StoryDetector detector, params (string Text, string Date)[] articles) =>
        [.. articles.Select(a => detector.Assign(StoryArticles.Extracted(a.Text, a.Date)))];
}
