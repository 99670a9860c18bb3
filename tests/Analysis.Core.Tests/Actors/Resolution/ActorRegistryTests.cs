using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Resolution;

namespace Analysis.Core.Tests.Actors.Resolution;

public sealed class ActorRegistryTests
{
    [Fact]
    public void Resolve_ReturnsTheDictionaryActor_WhenTheNameIsItsNameInOtherCase()
    {
        var registry = new ActorRegistry(TestDictionary.Sahel);

        var actor = registry.Resolve(new ActorProposal("Célestin SIMPORÉ", ActorType.Person));

        Assert.Equal("celestin-simpore", actor.Id);
        Assert.Empty(registry.Discovered);
    }

    [Fact]
    public void Resolve_ReturnsTheDictionaryPerson_WhenTheNameIsASpellingVariant()
    {
        var registry = new ActorRegistry(TestDictionary.Sahel);

        var actor = registry.Resolve(new ActorProposal("Moussa Saloua Barmou", ActorType.Person));

        Assert.Equal("moussa-salaou-barmou", actor.Id);
        Assert.Empty(registry.Discovered);
    }

    [Fact]
    public void Resolve_CreatesOneDiscoveredActor_WhenTheSameNewNameComesTwice()
    {
        var registry = new ActorRegistry(TestDictionary.Sahel);

        var first = registry.Resolve(new ActorProposal("Abdoulaye Maïga", ActorType.Person));
        var second = registry.Resolve(new ActorProposal("ABDOULAYE MAIGA", ActorType.Person));

        Assert.Same(first, second);
        Assert.Equal("discovered:abdoulaye-maiga", first.Id);
        Assert.Equal("Abdoulaye Maïga", first.Name);
        Assert.Equal(ActorOrigin.Discovered, first.Origin);
        Assert.Equal([first], registry.Discovered);
    }

    [Fact]
    public void Resolve_KeepsTheNameApart_WhenItIsAVariantOfTwoKnownPeople()
    {
        const string yaml = "actors:\n  - id: a\n    name: Amadou Coulibaly\n    type: person\n  - id: b\n    name: Amadou Koulibaly\n    type: person\n";
        var registry = new ActorRegistry(ActorDictionary.Parse(yaml, "test.yaml"));

        var actor = registry.Resolve(new ActorProposal("Amadou Goulibaly", ActorType.Person));

        Assert.Equal(ActorOrigin.Discovered, actor.Origin);
        Assert.Equal("discovered:amadou-goulibaly", actor.Id);
    }

    [Fact]
    public void Resolve_GivesDistinctIds_WhenAPersonAndAnOrganizationShareAName()
    {
        var registry = new ActorRegistry(TestDictionary.Sahel);

        var person = registry.Resolve(new ActorProposal("Ali Baba", ActorType.Person));
        var organization = registry.Resolve(new ActorProposal("Ali Baba", ActorType.Organization, "AB"));

        Assert.Equal("discovered:ali-baba", person.Id);
        Assert.Equal("discovered:ali-baba-2", organization.Id);
        Assert.Equal(["AB"], organization.Acronyms);
    }

    [Fact]
    public void Resolve_NeverMergesAnOrganizationWithAPerson_WhenTheirNamesAreVariants()
    {
        var registry = new ActorRegistry(TestDictionary.Sahel);

        var actor = registry.Resolve(new ActorProposal("Moussa Saloua Barmou", ActorType.Organization));

        Assert.Equal(ActorOrigin.Discovered, actor.Origin);
    }

    [Theory]
    [InlineData("coulibaly", true)]
    [InlineData("simpore", true)]
    [InlineData("kassoum", false)]
    [InlineData("zorro", false)]
    public void IsKnownSurname_TellsTheLastWordsOfKnownPeople_WhenGivenAFoldedWord(string folded, bool expected) =>
        Assert.Equal(expected, new ActorRegistry(TestDictionary.Sahel).IsKnownSurname(folded));
}
