using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors.Pipeline;

public sealed class CoreferenceResolverTests
{
    [Theory]
    [InlineData("Le Colonel-major Célestin Simporé est là. Le général Simporé parle. Simporé a conclu.", "Simporé|Simporé")]
    [InlineData("Le général Simporé a parlé. Le chef d'état-major, Célestin Simporé, a conclu.", "Simporé")]
    [InlineData("Célestin Simporé est venu. Simporé Célestin a parlé.", "Simporé Célestin")]
    [InlineData("Le colonel-major Simporé Célestin a parlé. Célestin Simporé aussi.", "Simporé Célestin")]
    [InlineData("Célestin SIMPORÉ est venu. SIMPORÉ a parlé.", "SIMPORÉ")]
    [InlineData("Célestin Simporé est venu. Selon Simporé, tout va bien.", "Simporé")]
    public void Extract_TiesTheShortFormToTheFullName_WhenTheArticleNamesThePersonInFull(string text, string shortForms)
    {
        var document = TestDictionary.Extract(text);

        Assert.All(document.Mentions, m => Assert.Equal("celestin-simpore", m.Actor.Id));
        Assert.Equal(shortForms, string.Join('|', document.Mentions.Where(m => m.Origin == MentionOrigin.Coreference).Select(m => m.Surface)));
        Assert.Single(document.Mentions, m => m.Origin == MentionOrigin.Dictionary);
    }

    [Fact]
    public void Extract_TiesTheSurname_WhenTheFullNameWasDiscoveredInTheArticle()
    {
        var document = TestDictionary.Extract("Le Colonel Abdoulaye MAÏGA est venu. MAÏGA a dit oui.");

        Assert.Equal(["Abdoulaye MAÏGA", "MAÏGA"], document.Mentions.Select(m => m.Surface));
        Assert.Equal([MentionOrigin.Discovered, MentionOrigin.Coreference], document.Mentions.Select(m => m.Origin));
        Assert.All(document.Mentions, m => Assert.Equal("discovered:abdoulaye-maiga", m.Actor.Id));
    }

    [Fact]
    public void Extract_LeavesTheSurnameAlone_WhenTwoPeopleOfTheArticleBearIt()
    {
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article(
            "Kassoum Coulibaly et le ministre Mamadou Coulibaly sont venus. Coulibaly a parlé. Le général Coulibaly aussi."));

        Assert.Equal(["Kassoum Coulibaly", "Mamadou Coulibaly"], document.Mentions.Select(m => m.Surface));
        Assert.Equal(["discovered:mamadou-coulibaly"], extractor.Discovered.Select(a => a.Id));
    }

    [Fact]
    public void Extract_TiesTheSurname_WhenANamesakeIsNamedOnlyInBoilerplate()
    {
        // A link to another article ("A LIRE AUSSI") names a second Coulibaly of the dictionary; the article
        // itself names one, and its "M. Coulibaly" is him.
        var namesake = ActorDictionary.Parse("""
            actors:
              - id: mamadou-coulibaly
                name: Mamadou Coulibaly
                type: person
            """, "namesake.yaml");
        var extractor = new ActorExtractor(TestDictionary.Sahel.Extend(namesake));

        const string Teaser = "A LIRE AUSSI : Mamadou Coulibaly fait le point sur la situation";
        var document = extractor.Extract(TestDocuments.Article($"[boilerplate] {Teaser}\nKassoum Coulibaly est venu. M. Coulibaly a parlé."));

        Assert.Equal(
            [("Kassoum Coulibaly", "kassoum-coulibaly"), ("Coulibaly", "kassoum-coulibaly")],
            document.Mentions.Where(m => m.Span.Start > Teaser.Length).Select(m => (m.Surface, m.Actor.Id)));
        Assert.Empty(extractor.Discovered);
    }

    [Theory]
    [InlineData("Le général Simporé a parlé. Simporé est venu.")]
    [InlineData("Le général Coulibaly a parlé.")]
    public void Extract_NeitherResolvesNorDiscovers_WhenTheSurnameBelongsToADictionaryPersonNotNamedInFull(string text)
    {
        var extractor = TestDictionary.Extractor();

        Assert.Empty(extractor.Extract(TestDocuments.Article(text)).Mentions);
        Assert.Empty(extractor.Discovered);
    }

    [Theory]
    [InlineData("Le Président Zorro a parlé.")]
    [InlineData("Le lieutenant-colonel Zorro a parlé.")]
    public void Extract_DiscoversAPerson_WhenATitlePrecedesAnUnknownSingleName(string text)
    {
        var extractor = TestDictionary.Extractor();

        var mention = Assert.Single(extractor.Extract(TestDocuments.Article(text)).Mentions);

        Assert.Equal("Zorro", mention.Surface);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
        Assert.StartsWith("discovered:zorro", mention.Actor.Id, StringComparison.Ordinal);
        Assert.Equal(ActorOrigin.Discovered, mention.Actor.Origin);
        Assert.Equal(ActorType.Person, mention.Actor.Type);
    }

    [Theory]
    [InlineData("M. Zorro a parlé.")]
    [InlineData("Mme Zorro a parlé.")]
    [InlineData("Les généraux Zorro et Tornado ont parlé.")]
    public void Extract_DiscoversNobody_WhenOnlyAnHonorificOrAPluralPrecedesASingleName(string text)
    {
        var extractor = TestDictionary.Extractor();

        Assert.Empty(extractor.Extract(TestDocuments.Article(text)).Mentions);
        Assert.Empty(extractor.Discovered);
    }

    [Fact]
    public void Extract_LeavesTheSurnameAlone_WhenAnUntitledNamesakeIsNamedInTheArticle()
    {
        var document = TestDictionary.Extract("Le capitaine Ibrahim Traoré a reçu Aminata Traoré, militante. Traoré a déclaré vouloir la paix.");

        Assert.DoesNotContain(document.Mentions, m => m.Surface == "Traoré");
    }

    [Fact]
    public void Extract_TiesTheSurname_WhenACapitalisedAdverbOpensTheSentence()
    {
        var document = TestDictionary.Extract("Célestin Simporé est venu. Puis Simporé a quitté la salle.");

        Assert.Contains(document.Mentions, m => m.Surface == "Simporé" && m.Actor.Id == "celestin-simpore");
    }

    [Fact(Skip = "defect: a person discovered under a single name ('le Président Zorro') is not tied to the bare 'Zorro' later in the same article")]
    public void Extract_TiesTheBareName_WhenASingleNamePersonWasDiscoveredEarlier()
    {
        var document = TestDictionary.Extract("Le Président Zorro a parlé. Zorro a ri.");

        Assert.Equal(2, document.Mentions.Count(m => m.Actor.Name == "Zorro"));
    }
}
