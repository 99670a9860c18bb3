using Analysis.Core.Actors;

namespace Analysis.Core.Tests.Actors.Pipeline;

public sealed class RoleAttacherTests
{
    [Theory]
    [InlineData("Le Colonel-major Célestin Simporé est là.", "Colonel-major", "colonel-major")]
    [InlineData("Le général de brigade Célestin Simporé est là.", "général de brigade", "général de brigade")]
    [InlineData("Le Général de Brigade Célestin Simporé est là.", "Général de Brigade", "général de brigade")]
    [InlineData("Le lieutenant-général Célestin Simporé est là.", "lieutenant-général", "lieutenant général")]
    [InlineData("Le Président\u00A0Ibrahim Traoré est là.", "Président", "président")]
    [InlineData("Le président du Faso Ibrahim Traoré est arrivé.", "président du Faso", "président du Faso")]
    public void Extract_RecordsTheTitleAsWritten_WhenItStandsRightBeforeTheName(string text, string title, string normalized)
    {
        var person = Assert.Single(TestDictionary.Extract(text).Mentions, m => m.Actor.Type == ActorType.Person);

        Assert.Equal(title, person.Title);
        Assert.Equal(normalized, person.TitleNormalized);
    }

    [Fact]
    public void Extract_RecordsTheTitle_WhenTheNameWasDiscoveredAfterIt()
    {
        var person = Assert.Single(TestDictionary.Extract("Le ministre de la Défense Juvenal Marizamunda est arrivé.").Mentions);

        Assert.Equal("ministre de la Défense", person.Title);
        Assert.Equal("ministre de la Défense", person.TitleNormalized);
        Assert.Equal(MentionOrigin.Discovered, person.Origin);
    }

    [Theory]
    [InlineData("Le général, Célestin Simporé, est là.")]
    [InlineData("Le général\nCélestin Simporé est là.")]
    [InlineData("Les généraux Célestin Simporé et Oumar Diarra sont là.")]
    [InlineData("Célestin Simporé, général de brigade, est là.")]
    [InlineData("Le général a reçu Célestin Simporé.")]
    public void Extract_RecordsNoTitle_WhenNoSingularTitleTouchesTheName(string text)
    {
        var document = TestDictionary.Extract(text);

        var person = document.Mentions.First(m => m.Actor.Id == "celestin-simpore");
        Assert.Equal(string.Empty, person.Title);
        Assert.Equal(string.Empty, person.TitleNormalized);
    }

    [Fact]
    public void Extract_RecordsEachMentionsOwnTitle_WhenThePersonIsNamedSeveralTimes()
    {
        var document = TestDictionary.Extract("Le Colonel-major Célestin Simporé est là. Le général Simporé parle. Simporé a conclu.");

        Assert.Equal(["Colonel-major", "général", ""], document.Mentions.Select(m => m.Title));
    }

    [Fact]
    public void Extract_AttachesNoTitle_WhenTheMentionIsNotAPerson()
    {
        var document = TestDictionary.Extract("Le ministre Mali a parlé.");

        Assert.All(document.Mentions, m => Assert.Equal(string.Empty, m.Title));
    }
}
