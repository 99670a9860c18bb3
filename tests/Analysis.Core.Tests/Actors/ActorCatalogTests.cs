using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

public sealed class ActorCatalogTests
{
    [Fact]
    public void Summaries_CountsDocumentsMentionsAndDates_WhenTheActorAppearsInSeveralDocuments()
    {
        var mali = Summary(
            "mli",
            ("Le Mali et les maliens. Le Mali encore.", "2024-11-06"),
            ("Le MALI vote.", "2023-08"),
            ("Le Mali attend.", ""));

        Assert.Equal(3, mali.Documents);
        Assert.Equal(5, mali.Mentions);
        Assert.Equal("2023-08", mali.FirstDate.ToString());
        Assert.Equal("2024-11-06", mali.LastDate.ToString());
        Assert.Equal(["Mali", "maliens", "MALI"], mali.Aliases);
    }

    [Fact]
    public void Summaries_KeepsAMonthAsAMonth_WhenAnotherArticleOfThatMonthHasADay()
    {
        var mali = Summary("mli", ("Le Mali vote.", "2023-08"), ("Le Mali attend.", "2023-08-15"));

        Assert.Equal("2023-08", mali.FirstDate.ToString());
        Assert.Equal("2023-08", mali.LastDate.ToString());
    }

    [Fact]
    public void Summaries_LeavesDatesUnknown_WhenNoArticleIsDated()
    {
        var mali = Summary("mli", ("Le Mali attend.", ""));

        Assert.False(mali.FirstDate.IsKnown);
        Assert.False(mali.LastDate.IsKnown);
        Assert.Equal(1, mali.Documents);
    }

    [Fact]
    public void Summaries_OrdersByDocumentsThenMentionsThenName_WhenActorsDiffer()
    {
        var catalog = Catalog(
            ("Le Niger et le Mali. Le Mali encore.", "2024-11-06"),
            ("Le Mali et la Russie.", "2024-11-07"),
            ("Le Burkina.", "2024-11-08"));

        Assert.Equal(["mli", "bfa", "ner", "rus"], catalog.Summaries().Select(s => s.Actor.Id));
    }

    [Theory]
    [InlineData("Célestin Simporé parle.", "celestin-simpore", "Burkina Faso")]
    [InlineData("Il est à Bamako.", "bamako", "Mali")]
    [InlineData("L'AES parle.", "aes", "")]
    [InlineData("Le Niger parle.", "ner", "Niger")]
    public void Summaries_NamesTheActorsCountry_WhenTheDictionaryGivesOne(string text, string id, string country) =>
        Assert.Equal(country, Summary(id, (text, "2024-11-06")).CountryName);

    [Fact]
    public void Summaries_LeavesRolePhrasesOutOfAliases_WhenTheActorWasReferredToByItsOffice()
    {
        var barmou = Summary("moussa-salaou-barmou", ("Le chef d'état-major des forces armées du Niger est arrivé. Moussa Salaou Barmou parle.", "2024-11-06"));

        Assert.Equal(2, barmou.Mentions);
        Assert.Equal(["Moussa Salaou Barmou"], barmou.Aliases);
    }

    [Fact]
    public void Summaries_CountsNothing_WhenTheActorIsOnlyInBoilerplate()
    {
        var catalog = Catalog(("[boilerplate] Lire aussi : le Mali\nLe Niger vote.", "2024-11-06"));

        Assert.Equal(["ner"], catalog.Summaries().Select(s => s.Actor.Id));
    }

    [Fact]
    public void Titles_KeepsOnlyTheMostSpecificTitle_WhenOneArticleGivesAShortAndALongOne()
    {
        var catalog = Catalog(("Le général Célestin Simporé est là. Le général de brigade Célestin Simporé parle.", "2024-11-06"));

        var title = Assert.Single(catalog.Titles());
        Assert.Equal("général de brigade", title.Title);
        Assert.Equal("celestin-simpore", title.Actor.Id);
        Assert.Equal("2024-11-06", title.Date.ToString());
        Assert.Equal(1, title.Documents);
    }

    [Fact]
    public void Titles_CountsArticlesByDate_WhenATitleChangesOverTime()
    {
        var catalog = Catalog(
            ("Le général de brigade Célestin Simporé parle.", "2024-11-06"),
            ("Le Colonel-major Célestin Simporé parle.", "2023-08"),
            ("Le général de brigade Célestin Simporé revient.", "2024-11-06"));

        Assert.Equal(
            ["2023-08 colonel-major 1", "2024-11-06 général de brigade 2"],
            catalog.Titles().Select(t => $"{t.Date} {t.Title} {t.Documents}"));
    }

    [Fact]
    public void Titles_KeepsEachDatesPrecision_WhenArticlesAreDatedToTheYearOrNotAtAll()
    {
        var catalog = Catalog(
            ("Le général de brigade Célestin Simporé parle.", "2024"),
            ("Le Colonel-major Célestin Simporé parle.", ""),
            ("Le général de brigade Célestin Simporé revient.", "2024"),
            ("Le Colonel-major Célestin Simporé revient.", "2023-08-31"));

        Assert.Equal(
            [(DatePrecision.None, 0, "colonel-major", 1), (DatePrecision.Day, 2023, "colonel-major", 1), (DatePrecision.Year, 2024, "général de brigade", 2)],
            catalog.Titles().Select(t => (t.Date.Precision, t.Date.Year, t.Title, t.Documents)));
    }

    [Fact]
    public void Titles_KeepsOnlyTheMostSpecificTitle_WhenTheLongerTitleIsHyphenated()
    {
        var catalog = Catalog(("Le Colonel-major Célestin Simporé est là. Le colonel Simporé parle.", "2024-11-06"));

        Assert.Equal("colonel-major", Assert.Single(catalog.Titles()).Title);
    }

    private static ActorCatalog Catalog(params (string Text, string Date)[] articles)
    {
        var extractor = TestDictionary.Extractor();
        var catalog = new ActorCatalog(TestDictionary.Sahel);
        foreach (var (text, date) in articles)
        {
            catalog.Add(extractor.Extract(TestDocuments.Article(text, date)));
        }

        return catalog;
    }

    private static ActorSummary Summary(string id, params (string Text, string Date)[] articles) =>
        Catalog(articles).Summaries().Single(s => s.Actor.Id == id);
}
