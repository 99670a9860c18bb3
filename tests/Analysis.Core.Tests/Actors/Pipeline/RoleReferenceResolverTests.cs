using Analysis.Core.Actors;

namespace Analysis.Core.Tests.Actors.Pipeline;

public sealed class RoleReferenceResolverTests
{
    private const string NigerChief = "Le chef d'état-major des forces armées du Niger est arrivé.";

    [Theory]
    [InlineData("2024-11-06", "moussa-salaou-barmou")]
    [InlineData("2023-08-20", "moussa-salaou-barmou")]
    [InlineData("2023-09", "moussa-salaou-barmou")]
    [InlineData("2023-08-19", "salifou-mody")]
    [InlineData("2022-05-10", "salifou-mody")]
    [InlineData("2020-01", "salifou-mody")]
    public void Extract_ResolvesTheRoleToItsHolder_WhenOnePersonHeldItOnTheDate(string date, string holder)
    {
        var document = TestDictionary.Extract(NigerChief, date);

        var role = Assert.Single(document.Mentions, m => m.Origin == MentionOrigin.Role);
        Assert.Equal(holder, role.Actor.Id);
        Assert.Equal("chef d'état-major des forces armées du Niger", role.Surface);
        Assert.Equal("chef d'état-major des forces armées", role.Title);
        Assert.Equal("chef d'état-major des forces armées", role.TitleNormalized);
        Assert.Contains(document.Mentions, m => m.Surface == "Niger" && m.Actor.Id == "ner");
    }

    [Theory]
    [InlineData("2023-08")]
    [InlineData("2023")]
    [InlineData("2019-12-31")]
    [InlineData("")]
    public void Extract_ResolvesNothing_WhenNoneOrSeveralHeldTheRoleOrTheDateIsUnknown(string date) =>
        Assert.DoesNotContain(TestDictionary.Extract(NigerChief, date).Mentions, m => m.Origin == MentionOrigin.Role);

    [Theory]
    [InlineData("Le chef d'état-major général des armées burkinabè est venu.", "celestin-simpore")]
    [InlineData("Le chef d'état-major général des armées nigériennes est venu.", "moussa-salaou-barmou")]
    [InlineData("Le chef d'état-major général des armées du Mali est venu.", "oumar-diarra")]
    [InlineData("Le président de la Transition malienne est venu.", "assimi-goita")]
    [InlineData("Le Chef d’État-Major Général des Armées du Burkina Faso est venu.", "celestin-simpore")]
    public void Extract_ResolvesTheRole_WhenACountryOrDemonymQualifiesTheOffice(string text, string holder) =>
        Assert.Equal(holder, Assert.Single(TestDictionary.Extract(text).Mentions, m => m.Origin == MentionOrigin.Role).Actor.Id);

    [Theory]
    [InlineData("Les chefs d'état-major des armées du Niger sont venus.")]
    [InlineData("Le ministre de la Défense du Niger est venu.")]
    [InlineData("Le chef d'état-major du Niger est venu.")]
    [InlineData("Le chef d'état-major général des armées de la Russie est venu.")]
    [InlineData("Le chef d'état-major général des armées est venu au Niger.")]
    [InlineData("Le chef d'état-major général des armées a reçu son homologue du Niger.")]
    public void Extract_ResolvesNothing_WhenTheOfficeIsPluralUnheldOrUnqualified(string text) =>
        Assert.DoesNotContain(TestDictionary.Extract(text).Mentions, m => m.Origin == MentionOrigin.Role);

    [Theory]
    [InlineData("Le chef d'état-major général des armées du Niger, le Général Moussa Saloua BARMOU, est venu.")]
    [InlineData("Moussa Salaou Barmou, le chef d'état-major général des armées du Niger, est venu.")]
    [InlineData("Le chef d'état-major général des armées du Niger Moussa Salaou Barmou est venu.")]
    public void Extract_AddsNoRoleMention_WhenTheRoleIsInAppositionToTheName(string text)
    {
        var document = TestDictionary.Extract(text);

        Assert.DoesNotContain(document.Mentions, m => m.Origin == MentionOrigin.Role);
        Assert.Single(document.Mentions, m => m.Actor.Id == "moussa-salaou-barmou");
    }

    [Fact]
    public void Extract_ResolvesTheRole_WhenTheNameFollowsInTheNextSentence()
    {
        var document = TestDictionary.Extract("Il a vu le chef d'état-major des forces armées du Niger. Moussa Salaou Barmou était absent.");

        Assert.Equal(2, document.Mentions.Count(m => m.Actor.Id == "moussa-salaou-barmou"));
        Assert.Single(document.Mentions, m => m.Origin == MentionOrigin.Role);
    }

    [Fact]
    public void Extract_ResolvesNothing_WhenTheRolePhraseIsInBoilerplate()
    {
        var document = TestDictionary.Extract("[boilerplate] Le chef d'état-major des forces armées du Niger en visite\nLe Mali avance.");

        Assert.DoesNotContain(document.Mentions.Concat(document.SetAside), m => m.Origin == MentionOrigin.Role);
    }

    [Theory]
    [InlineData("2023-03-14", "rimtalba-jean-emmanuel-ouedraogo")]
    [InlineData("2025-03-14", null)]
    public void Extract_ResolvesTheMinistryToTheShippedDictionarysHolder_WhenOnePersonHeldItOnTheDate(string date, string? holder)
    {
        // The shipped dictionary gives Rimtalba Jean Emmanuel Ouédraogo Burkina Faso's "ministre de la
        // Communication" from 2022-10-25 to 2024-12-06; with the ministry in the title lexicon, a role-only
        // mention qualified by its country is his within those dates, and no one's after.
        var document = new ActorExtractor().Extract(
            Support.TestDocuments.Article("Le ministre de la Communication du Burkina Faso a reçu les journalistes à Ouagadougou.", date));

        Assert.Equal(holder, document.Mentions.SingleOrDefault(m => m.Origin == MentionOrigin.Role)?.Actor.Id);
    }

    [Fact(Skip = "defect: when the army is a dictionary organization ('Forces armées maliennes' = FAMa) the match covers the title's own words, and a qualifier organization is not matched through its country, so the Malian chief of staff is never resolved")]
    public void Extract_ResolvesTheRole_WhenTheArmyQualifyingTheOfficeIsADictionaryOrganization() =>
        Assert.Equal(
            "oumar-diarra",
            Assert.Single(TestDictionary.Extract("Le chef d'état-major général des Forces armées maliennes est arrivé.").Mentions, m => m.Origin == MentionOrigin.Role).Actor.Id);

    [Fact(Skip = "defect: 'président du Faso' holds its country inside the title, and the dictionary match of 'Faso' makes the resolver skip it, so it never resolves to Ibrahim Traoré")]
    public void Extract_ResolvesTheRole_WhenTheTitleNamesItsCountry() =>
        Assert.Equal(
            "ibrahim-traore",
            Assert.Single(TestDictionary.Extract("Le président du Faso est arrivé à Bamako.").Mentions, m => m.Origin == MentionOrigin.Role).Actor.Id);
}
