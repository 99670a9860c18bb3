using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// Ties on the five seeds, counted by hand from the articles. Article-level pairs follow from the actors
/// of each seed (see SeedActorTests); sentence-level ones from reading the sentences quoted below.
/// 000: Bamako, 29 Aug 2023; 001: Kigali and Moscow, Nov 2023; 002, 003, 004: the AES chiefs of staff
/// in Bamako, 6 Nov 2024 (004 dated only November 2024), one story.
/// </summary>
public sealed class SeedCooccurrenceTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{

    public static TheoryData<string, string, int, int> WholeCorpusArticlePairs => new()
    {
        // Burkina Faso and Mali: every seed but 001; 000 alone, then the one November 2024 story.
        { "bfa", "mli", 4, 2 },
        // Simporé and Diarra: 000, and 003 where both chiefs of staff speak.
        { "celestin-simpore", "oumar-diarra", 2, 2 },
        // Goïta and Barmou: 002, 003 and 004 (004 names Barmou by his office only).
        { "assimi-goita", "moussa-salaou-barmou", 3, 1 },
        // Coulibaly and Shoigu: 001 only.
        { "kassoum-coulibaly", "sergey-shoigu", 1, 1 },
        // Simporé and Burkina Faso: 000, 001 and 003.
        { "bfa", "celestin-simpore", 3, 3 },
    };

    public static TheoryData<string, string, int> WholeCorpusSentencePairs => new()
    {
        // 000's caption: "…le Colonel-major Célestin Simporé (à g.) et son homologue malien, le général Oumar Diarra (à d.)."
        { "celestin-simpore", "oumar-diarra", 1 },
        // 001: "Le général Simporé a été accueilli par son homologue le lieutenant général Mubarak Muganga et par le ministre de la Défense Juvenal Marizamunda."
        { "celestin-simpore", "discovered:mubarak-muganga", 1 },
        { "discovered:juvenal-marizamunda", "discovered:mubarak-muganga", 1 },
        // 001: "…le Général de Brigade Kassoum Coulibaly qui a eu un entretien avec son homologue russe Sergey Shoigu…"
        { "kassoum-coulibaly", "sergey-shoigu", 1 },
        { "rus", "sergey-shoigu", 1 },
    };

    [Theory]
    [MemberData(nameof(WholeCorpusArticlePairs))]
    public void Run_CountsArticlesAndStories_ForArticleLevelPairs(string a, string b, int documents, int stories)
    {
        var row = Row(Period.All, CooccurrenceWindow.Document, a, b);

        Assert.Equal((documents, stories), (row.Documents, row.Stories));
    }

    [Theory]
    [MemberData(nameof(WholeCorpusSentencePairs))]
    public void Run_CountsSentencePairs_AsReadInTheArticles(string a, string b, int documents)
    {
        Assert.Equal(documents, Row(Period.All, CooccurrenceWindow.Sentence, a, b).Documents);
    }

    [Fact]
    public void Run_NeverPairsSimporeAndGoita_WithinASentence()
    {
        // In 003 they are in different paragraphs; in 002 Simporé is not named.
        Assert.DoesNotContain(SeedCooccurrence.Analysis.Counts.Tie("Célestin Simporé", "Assimi Goïta"), r => r.Window == CooccurrenceWindow.Sentence);
        Assert.Single(SeedCooccurrence.Analysis.Counts.Tie("Célestin Simporé", "Assimi Goïta"), r => r.Period == Period.All && r.Window == CooccurrenceWindow.Document);
    }

    [Fact]
    public void Run_GroupsTheThreeReportsOfTheBamakoMeeting_IntoOneStory()
    {
        var story = (string prefix) => SeedCooccurrence.Analysis.StoryOf(seeds.Seed(prefix).Id);

        Assert.Equal(story("002"), story("003"));
        Assert.Equal(story("002"), story("004"));
        Assert.Equal(3, new[] { story("000"), story("001"), story("002") }.Distinct().Count());
        Assert.Equal(3, SeedCooccurrence.Analysis.Stories.Count);
        Assert.All(SeedCooccurrence.Analysis.Documents, d => Assert.NotEmpty(d.StoryId));
    }

    [Fact]
    public void Run_LeavesTheMonthDatedReport_OutOfTheDayOfTheMeeting()
    {
        Assert.Equal(2, Row(Day(2024, 11, 6), CooccurrenceWindow.Document, "assimi-goita", "moussa-salaou-barmou").Documents);
        Assert.Equal(3, Row(Month(2024, 11), CooccurrenceWindow.Document, "assimi-goita", "moussa-salaou-barmou").Documents);
        Assert.Equal(["2023-08", "2023-11", "2024-11"], SeedCooccurrence.Analysis.Counts.PeriodsOf(PeriodUnit.Month).Select(p => p.Label));
        Assert.Equal(["2023-08-29", "2023-11-10", "2024-11-06"], SeedCooccurrence.Analysis.Counts.PeriodsOf(PeriodUnit.Day).Select(p => p.Label));
    }

    [Fact]
    public void Network_TiesGoitaToEveryoneOfTheMeeting_InNovember2024()
    {
        // Article level, weighted by stories: the union of 002, 003 and 004's actors besides Goïta, one story each.
        var goita = SeedCooccurrence.Analysis.Network().Single(r => r.Period.Label == "2024-11" && r.Actor.Id == "assimi-goita");

        Assert.Equal(12, goita.Degree);
        Assert.Equal(12, goita.Strength);
    }

    [Fact]
    public void NetworkMeasures_ListThePeriodsInTheOrderGiven_WhenTheLargestIsMeasuredFirst()
    {
        // The whole corpus's network is the largest and is measured first, but it is listed where it was asked for.
        var counts = SeedCooccurrence.Analysis.Counts;
        var months = counts.PeriodsOf(PeriodUnit.Month).ToList();
        Period[] asked = [months[^1], Period.All, months[0]];

        var rows = NetworkMeasures.Of(counts, asked);

        Assert.Equal(asked, rows.Select(r => r.Period).Distinct());
        Assert.Equal(NetworkMeasures.Of(counts, Period.All), rows.Where(r => r.Period == Period.All));
    }

    [Fact]
    public void NetworkMeasures_GiveTheSameRows_WhenMeasuredOnOneThread()
    {
        var counts = SeedCooccurrence.Analysis.Counts;
        Period[] periods = [.. counts.PeriodsOf(PeriodUnit.Month), Period.All];

        Assert.Equal(NetworkMeasures.Of(counts, periods), NetworkMeasures.Of(counts, periods, threads: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkMeasures.Of(counts, periods, threads: 0));
    }

    [Fact]
    public void Evidence_QuotesTheCaption_ForSimporeAndDiarraInOneSentence()
    {
        var evidence = SeedCooccurrence.Analysis.Evidence("Célestin Simporé", "Oumar Diarra", CooccurrenceWindow.Sentence).Single();
        var document = seeds.Seed("000");

        Assert.Equal(document.Id, evidence.DocumentId);
        Assert.StartsWith("Le chef d’état-major général des armées du Burkina", evidence.Text, StringComparison.Ordinal);
        Assert.Contains("(à d.)", evidence.Text, StringComparison.Ordinal);
        Assert.Equal(evidence.Text, evidence.Span.Slice(document.Text).Trim());
        Assert.Equal("2023-08-29", evidence.Date.ToString());
    }

    [Fact]
    public void Evidence_JoinsTheNearestMentions_ForATieSeenOnlyAtArticleLevel()
    {
        // 001: Muganga in the Kigali paragraph, Coulibaly in the Moscow one further down.
        var evidence = SeedCooccurrence.Analysis.Evidence("Kassoum Coulibaly", "Mubarak Muganga", CooccurrenceWindow.Document).Single();

        Assert.Contains("Muganga", evidence.Text, StringComparison.Ordinal);
        Assert.Contains("Coulibaly", evidence.Text, StringComparison.Ordinal);
        Assert.Contains(" […] ", evidence.Text, StringComparison.Ordinal);
        Assert.Empty(SeedCooccurrence.Analysis.Evidence("Kassoum Coulibaly", "Mubarak Muganga", CooccurrenceWindow.Sentence));
    }

    [Fact]
    public void Evidence_GivesTheNarrowestPassage_OfEachArticle()
    {
        // Simporé and Diarra share a sentence in 000 (the caption), only the article in 003.
        var evidence = SeedCooccurrence.Analysis.Evidence("Célestin Simporé", "Oumar Diarra");

        Assert.Equal(
            [(seeds.Seed("000").Id, CooccurrenceWindow.Sentence), (seeds.Seed("003").Id, CooccurrenceWindow.Document)],
            evidence.Select(e => (e.DocumentId, e.Window)));
    }

    [Fact]
    public void Evidence_LeavesPageFurnitureOut_OfAnArticleLevelPassage()
    {
        // 001: the Burkinabè chief of staff in Kigali, then an ad line "Publicité", then the Rwandan forces' HQ.
        var evidence = SeedCooccurrence.Analysis.Evidence("Burkina Faso", "Rwanda Defence Force", CooccurrenceWindow.Document).Single();

        Assert.DoesNotContain("Publicité", evidence.Text, StringComparison.Ordinal);
        Assert.StartsWith("Le chef d’état-major général des armés burkinabè est en visite à Kigali", evidence.Text, StringComparison.Ordinal);
        Assert.EndsWith("au quartier général des Forces armées rwandaises.", evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ego_Throws_WhenTheFocusActorIsUnknown()
    {
        var error = Assert.Throws<ArgumentException>(() => SeedCooccurrence.Analysis.Ego("Nobody Known"));

        Assert.Contains("Nobody Known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ego_FindsTheFocusActor_ByNameWithoutAccents()
    {
        var ego = SeedCooccurrence.Analysis.Ego("assimi goita");

        Assert.Equal("assimi-goita", ego.Counts.Focus?.Id);
        Assert.DoesNotContain(ego.Pairs, r => r.Pair.Contains("sergey-shoigu"));
    }

    private static CooccurrenceRow Row(Period period, CooccurrenceWindow window, string a, string b) =>
        SeedCooccurrence.Analysis.Pairs.Single(r => r.Period == period && r.Window == window && r.Pair == new ActorPair(a, b));

    private static Period Day(int year, int month, int day) => Period.Of(Core.Corpus.PartialDate.OfDay(year, month, day), PeriodUnit.Day)!.Value;

    private static Period Month(int year, int month) => Period.Of(Core.Corpus.PartialDate.OfMonth(year, month), PeriodUnit.Month)!.Value;
}
