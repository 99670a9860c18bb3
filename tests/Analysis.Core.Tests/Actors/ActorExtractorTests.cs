using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

public sealed class ActorExtractorTests
{
    private const string Page = "[title] Le Mali et le Niger\n[byline] Par Awa Diallo, envoyée spéciale au Burkina\nLe Burkina a signé. La Russie aussi.\n[boilerplate] Lire aussi : le Mali et la Russie";

    [Fact]
    public void Extract_KeepsTitleAndContentMentions_WhenOtherSegmentsNameActorsToo()
    {
        var document = TestDictionary.Extract(Page);

        Assert.Equal(["Mali=mli", "Niger=ner", "Burkina=bfa", "Russie=rus"], document.Mentions.Select(m => $"{m.Surface}={m.Actor.Id}"));
        Assert.Equal(
            [SegmentKind.Title, SegmentKind.Title, SegmentKind.Content, SegmentKind.Content],
            document.Mentions.Select(m => m.Segment));
        Assert.All(document.Mentions, m => Assert.True(m.IsActorMention));
    }

    [Fact]
    public void Extract_SetsAsideBylineAndBoilerplateMentions_WhenTheyMatchTheDictionary()
    {
        var document = TestDictionary.Extract(Page);

        Assert.Equal(["Burkina=Byline", "Mali=Boilerplate", "Russie=Boilerplate"], document.SetAside.Select(m => $"{m.Surface}={m.Segment}"));
        Assert.All(document.SetAside, m => Assert.False(m.IsActorMention));
    }

    [Fact]
    public void Extract_NumbersSentencesAcrossSegments_WhenALineHoldsTwoSentences()
    {
        var document = TestDictionary.Extract(Page);

        Assert.Equal([0, 0, 2, 3], document.Mentions.Select(m => m.Sentence));
        Assert.Equal("Le Mali et le Niger", document.SentenceText(0));
        Assert.Equal("Le Burkina a signé.", document.SentenceText(2));
        Assert.Equal("La Russie aussi.", document.SentenceText(3));
    }

    [Fact]
    public void Extract_GivesSpansThatSliceToTheSurface_WhenTheTextHasAccentsAndApostrophes()
    {
        var document = TestDictionary.Extract("Le portrait d’Assimi GOÏTA à Bamako. La Côte d'Ivoire observe.");

        Assert.Equal(["Assimi GOÏTA", "Bamako", "Côte d'Ivoire"], document.Mentions.Select(m => m.Surface));
        Assert.All(document.Mentions, m => Assert.Equal(m.Surface, m.Span.Slice(document.Document.Text)));
        Assert.All(document.Mentions, m => Assert.Equal(document.Document.Id, m.DocumentId));
    }

    [Fact]
    public void Actors_ListsEachActorOnce_WhenItIsMentionedSeveralTimes()
    {
        var document = TestDictionary.Extract("Le Mali et les maliens. Le Niger et le Mali.");

        Assert.Equal(["mli", "ner"], document.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Extract_FindsNothing_WhenTheDocumentHasNoText()
    {
        var document = TestDictionary.Extract(string.Empty);

        Assert.Empty(document.Mentions);
        Assert.Empty(document.SetAside);
    }

    [Fact]
    public void Components_RunInPipelineOrder_WhenTheExtractorIsBuilt() =>
        Assert.Equal(
            ["sentences", "titles", "dictionary", "discovery", "coreference", "roles", "role-references"],
            TestDictionary.Extractor().Components);
}
