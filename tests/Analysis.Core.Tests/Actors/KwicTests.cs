using Analysis.Core.Actors;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

public sealed class KwicTests
{
    private const string Text = "Le Mali a signé. Les autorités du Mali ont salué l'accord avec la Russie. Fin du communiqué.";

    [Fact]
    public void Of_CutsTheContextAtTheSentenceEdges_WhenTheWidthReachesBeyondThem()
    {
        var lines = Kwic.Of([TestDictionary.Extract(Text)], "mli");

        Assert.Equal(2, lines.Count);
        Assert.Equal(("Le ", "Mali", " a signé."), (lines[0].Left, lines[0].Keyword, lines[0].Right));
        Assert.Equal("Le Mali a signé.", lines[0].Sentence);
        Assert.Equal(("Les autorités du ", "Mali", " ont salué l'accord avec la Russie."), (lines[1].Left, lines[1].Keyword, lines[1].Right));
        Assert.Equal("Les autorités du Mali ont salué l'accord avec la Russie.", lines[1].Sentence);
    }

    [Theory]
    [InlineData(10, "orités du ", " ont salué")]
    [InlineData(0, "", "")]
    public void Of_KeepsAtMostTheWidth_WhenTheSentenceIsLonger(int width, string left, string right)
    {
        var line = Kwic.Of([TestDictionary.Extract(Text)], "mli", width)[1];

        Assert.Equal(left, line.Left);
        Assert.Equal(right, line.Right);
    }

    [Theory]
    [InlineData("mli", 2)]
    [InlineData("Mali", 2)]
    [InlineData("MALI", 2)]
    [InlineData("rus", 1)]
    [InlineData("ML", 0)]
    [InlineData("Russia", 0)]
    public void Of_SelectsTheActorByIdOrCanonicalName_WhenGivenEither(string actor, int count) =>
        Assert.Equal(count, Kwic.Of([TestDictionary.Extract(Text)], actor).Count);

    [Fact]
    public void Of_ListsDocumentsByDate_WhenGivenOutOfOrder()
    {
        var extractor = TestDictionary.Extractor();
        var later = extractor.Extract(TestDocuments.Article("Le Mali vote.", "2024-11-06"));
        var earlier = extractor.Extract(TestDocuments.Article("Le Mali attend.", "2023-08"));

        var lines = Kwic.Of([later, earlier], "mli");

        Assert.Equal(["2023-08", "2024-11-06"], lines.Select(l => l.Date.ToString()));
        Assert.Equal([" attend.", " vote."], lines.Select(l => l.Right));
    }

    [Fact]
    public void Of_LeavesOutSetAsideMentions_WhenTheActorIsAlsoInBoilerplate()
    {
        var document = TestDictionary.Extract("[boilerplate] Lire aussi : le Mali\nLe Mali vote.");

        var line = Assert.Single(Kwic.Of([document], "mli"));

        Assert.Equal("Le Mali vote.", line.Sentence);
    }

    [Fact]
    public void Of_Throws_WhenTheWidthIsNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kwic.Of([], "mli", -1));
}
