using Analysis.Core.Actors;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

/// <summary>
/// Sentences a cold review of the extractor found mishandled, with the default dictionary: each pins the
/// behaviour an analyst expects.
/// </summary>
public sealed class ExtractionEdgeCaseTests
{
    [Theory]
    [InlineData("2020-11-01", "bah-ndaw")]
    [InlineData("2021-03-01", "bah-ndaw")]
    [InlineData("2024-03-01", "assimi-goita")]
    public void Extract_ResolvesTheMalianPresident_ToWhoeverHeldTheOfficeThatDay(string date, string expected)
    {
        var mentions = Extract("Le président malien a reçu l'envoyé de la CEDEAO.", date).Mentions;

        var role = Assert.Single(mentions, m => m.Origin == MentionOrigin.Role);
        Assert.Equal(expected, role.Actor.Id);
    }

    [Fact]
    public void Extract_ResolvesAnEnglishPossessiveOffice_ToItsHolder()
    {
        var role = Assert.Single(Extract("Burkina's junta leader met the ECOWAS envoy.", "2024-03-01").Mentions, m => m.Origin == MentionOrigin.Role);

        Assert.Equal("ibrahim-traore", role.Actor.Id);
        Assert.Equal("Burkina's junta leader", role.Surface);
    }

    [Fact]
    public void Extract_KeepsAnEnglishPossessiveOffice_WithinItsLine()
    {
        // Found by fuzzing ("Mali's\npresident"): the possessive once joined a paragraph's last word to
        // the office opening the next line, a mention running across two segments and out of its sentence.
        var extracted = Extract("Le Mali remercie Burkina's\njunta leader met the ECOWAS envoy.", "2024-03-01");

        Assert.DoesNotContain(extracted.Mentions, m => m.Origin == MentionOrigin.Role);
        Assert.All(extracted.Mentions, m => Assert.True(extracted.Sentences[m.Sentence].Contains(m.Span)));
    }

    [Theory]
    [InlineData("Hier Moussa Tchangari a été libéré.", "Moussa Tchangari")]
    [InlineData("Niger Frees Activist Moussa Tchangari After Months In Detention", "Moussa Tchangari")]
    [InlineData("Cheikh Tidiane Gadio a plaidé pour la paix.", "Cheikh Tidiane Gadio")]
    public void Extract_DiscoversTheName_WhenAnUnknownCapitalisedWordOrAGivenNameOpensIt(string text, string name)
    {
        var persons = Extract(text).Actors.Where(a => a.Type == ActorType.Person).Select(a => a.Name);

        Assert.Equal([name], persons);
    }

    [Theory]
    [InlineData("Selon Radio Omega FM, les combats ont repris.")]
    [InlineData("Selon la chaîne Africable TV, les combats ont repris.")]
    public void Extract_MakesNoPersonOfABroadcaster_WhenItsNameEndsInAnAcronym(string text)
    {
        Assert.DoesNotContain(Extract(text).Actors, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void Extract_KeepsBareSurnamesOfTwoArticlesApart_WhenNoFullNameTiesThem()
    {
        var extractor = new ActorExtractor();
        var colonel = extractor.Extract(TestDocuments.Article("Le colonel Kanouté a été arrêté.")).Actors.Single();
        var minister = extractor.Extract(TestDocuments.Article("Le ministre Kanouté a parlé hier.")).Actors.Single();

        Assert.Equal("Kanouté", colonel.Name);
        Assert.NotEqual(colonel.Id, minister.Id);
    }

    [Fact]
    public void Extract_GivesTheSameResultForAnArticle_WhateverWasReadBefore()
    {
        var text = "Le colonel Kanouté a été arrêté.";
        var fresh = new ActorExtractor().Extract(TestDocuments.Article(text)).Actors.Select(a => a.Name);
        var used = new ActorExtractor();
        used.Extract(TestDocuments.Article("Le général Amadou Kanouté a été nommé à Kayes."));
        var after = used.Extract(TestDocuments.Article(text)).Actors.Select(a => a.Name);

        Assert.Equal(fresh, after);
    }

    [Fact]
    public void Extract_RecordsMonsieur_AsTheTitleOfTheNameAfterIt()
    {
        var mention = Assert.Single(Extract("Selon M. Karim Keïta, la situation est calme.").Mentions);

        Assert.Equal("Karim Keïta", mention.Surface);
        Assert.Equal("M", mention.Title);
    }

    [Fact]
    public void Extract_FindsAnAcronymDefinition_WhenItEndsTheText()
    {
        var mentions = Extract("Le texte a été transmis au Commandement des opérations spéciales (COS)").Mentions;

        Assert.Contains(mentions, m => m.Surface == "COS" && m.Actor.Origin == ActorOrigin.Discovered);
    }

    private static ExtractedDocument Extract(string text, string date = "2024-11-06") =>
        new ActorExtractor().Extract(TestDocuments.Article(text, date));
}
