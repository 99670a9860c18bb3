using Analysis.Core.Stories;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Stories;

/// <summary>The words story detection compares: article text only, folded, without stop words, plurals merged.</summary>
public sealed class ArticleTermsTests
{
    [Fact]
    public void Tokens_ReadOnlyTitleAndContent_WhenThePageHasBoilerplateAndByline()
    {
        var document = TestDocuments.Article("""
            [title] Réunion des chefs d'état-major
            [boilerplate] À LIRE AUSSI : attaque terroriste à Gao
            [byline] Par Hamissa Konaté
            Les généraux ont validé le plan.
            """);

        Assert.Equal(["reunion", "chef", "etat", "major", "general", "valide", "plan"], ArticleTerms.Tokens(document));
    }

    [Theory]
    [InlineData("Armées", "armee")]
    [InlineData("GÉNÉRAUX", "general")]
    [InlineData("forces", "force")]
    [InlineData("AES", "aes")]
    [InlineData("Sénou", "senou")]
    public void Tokens_FoldAndMergePlurals_WhenWordsDifferInCaseAccentsOrNumber(string word, string term)
    {
        Assert.Equal([term], ArticleTerms.Tokens(TestDocuments.Article(word)));
    }

    [Theory]
    [InlineData("le")]
    [InlineData("selon")]
    [InlineData("a déclaré")]
    [InlineData("the")]
    [InlineData("2024")]
    [InlineData("novembre")]
    public void Tokens_AreEmpty_WhenTheTextHasOnlyStopWordsAndNumbers(string text)
    {
        Assert.Empty(ArticleTerms.Tokens(TestDocuments.Article(text)));
    }
}
