using Analysis.Core.Actors;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors.Pipeline;

public sealed class AcronymDefinitionsTests
{
    [Theory]
    [InlineData("Le Groupe de soutien à l'islam et aux musulmans (GSIM) a revendiqué l'attaque.", "Groupe de soutien à l'islam et aux musulmans", "GSIM")]
    [InlineData("Les Volontaires pour la Défense de la Patrie (VDP) ont attaqué.", "Volontaires pour la Défense de la Patrie", "VDP")]
    [InlineData("Le Mouvement pour le salut de l’Azawad (MSA), allié de Bamako.", "Mouvement pour le salut de l’Azawad", "MSA")]
    public void Extract_DiscoversTheOrganizationWithItsAcronym_WhenALongNameIsFollowedByItsInitials(string text, string name, string acronym)
    {
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article(text));

        var organization = Assert.Single(extractor.Discovered);
        Assert.Equal(ActorType.Organization, organization.Type);
        Assert.Equal(name, organization.Name);
        Assert.Equal([acronym], organization.Acronyms);
        var mentions = document.Mentions.Where(m => m.Actor.Id == organization.Id).ToList();
        Assert.Equal([name, acronym], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(MentionOrigin.Discovered, m.Origin));
    }

    [Fact]
    public void Extract_TiesTheBareAcronym_WhenItComesBackLaterInTheArticle()
    {
        const string text = "Le Groupe de soutien à l'islam et aux musulmans (GSIM) a revendiqué l'attaque.\nLe GSIM a publié une vidéo. Selon le GSIM, dix soldats sont morts.";

        var document = TestDictionary.Extract(text);

        var later = document.Mentions.Where(m => m.Origin == MentionOrigin.Coreference).ToList();
        Assert.Equal(2, later.Count);
        Assert.All(later, m => Assert.Equal("GSIM", m.Surface));
        Assert.All(later, m => Assert.Equal(document.Mentions[0].Actor.Id, m.Actor.Id));
        Assert.Equal([1, 2], later.Select(m => m.Sentence));
    }

    [Theory]
    [InlineData("Il est arrivé à Bamako (Mali) hier.")]
    [InlineData("Il est arrivé à Ouagadougou (BFA) hier.")]
    [InlineData("Une attaque dans la région de Tillabéri (Niger) a fait dix morts.")]
    [InlineData("les volontaires pour la défense de la patrie (VDP) ont attaqué.")]
    public void Extract_DiscoversNoOrganization_WhenTheBracketedWordIsNotTheInitialsOfACapitalisedName(string text)
    {
        var extractor = TestDictionary.Extractor();

        extractor.Extract(TestDocuments.Article(text));

        Assert.DoesNotContain(extractor.Discovered, a => a.Type == ActorType.Organization);
    }

    [Fact]
    public void Extract_KeepsTheDictionaryActor_WhenTheDefinedAcronymIsKnown()
    {
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article("Les Forces armées maliennes (FAMa) ont repris Kidal."));

        Assert.Equal(["fama", "fama"], document.Mentions.Select(m => m.Actor.Id));
        Assert.Empty(extractor.Discovered);
    }

    [Fact]
    public void Extract_DiscoversNothing_WhenTheDefinitionIsInBoilerplate()
    {
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article("[boilerplate] Lire aussi : les Volontaires pour la Défense de la Patrie (VDP)\nLes VDP ont attaqué."));

        Assert.Empty(document.Mentions);
        Assert.Empty(extractor.Discovered);
    }
}
