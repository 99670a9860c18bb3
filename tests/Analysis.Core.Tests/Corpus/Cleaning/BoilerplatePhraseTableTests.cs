using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Corpus.Cleaning;

public class BoilerplatePhraseTableTests
{
    private static readonly BoilerplatePhraseTable Table = new(
    [
        new BoilerplatePhrase("publicite", PhraseMatch.Whole, "advert"),
        new BoilerplatePhrase("partager sur", PhraseMatch.Prefix, "share-prompt"),
        new BoilerplatePhrase("lire", PhraseMatch.Prefix, "read-prefix"),
        new BoilerplatePhrase("previous article", PhraseMatch.GluedPrefix, "article-navigation", PhraseEffect.EndsArticle),
        new BoilerplatePhrase("tous droits reserves", PhraseMatch.Anywhere, "copyright"),
        new BoilerplatePhrase("lire aussi", PhraseMatch.Anywhere, "related-anywhere"),
    ]);

    [Theory]
    [InlineData(">> Publicité :", "advert")]
    [InlineData("Partager sur Facebook", "share-prompt")]
    [InlineData("Previous articleBurkina Faso : le capitaine Traoré reçoit", "article-navigation")]
    [InlineData("© 2024 Le Sahel. Tous droits réservés.", "copyright")]
    [InlineData("• Lire : la suite", "read-prefix")]
    public void Find_GivesThePhrase_WhenTheLineIsItStartsWithItOrHoldsIt(string line, string rule) =>
        Assert.Equal(rule, Table.Find(TextFolding.Fold(line))?.Rule);

    [Theory]
    [InlineData("Les ministres ont décidé de partager sur le terrain les renseignements.")]
    [InlineData("Lireté n'est pas un mot.")]
    [InlineData("Publicité et propagande : le débat.")]
    [InlineData("")]
    [InlineData("--- » :")]
    public void Find_GivesNothing_WhenTheLineIsProseOrOnlyMarks(string line) =>
        Assert.Null(Table.Find(TextFolding.Fold(line)));

    [Fact]
    public void Find_GivesTheEarlierPhrase_WhenSeveralMatch()
    {
        // "lire aussi" is also an anywhere phrase, listed after the prefix "lire": the order of the list decides.
        Assert.Equal("read-prefix", Table.Find(TextFolding.Fold("Lire aussi : Niamey"))?.Rule);
        Assert.Equal("related-anywhere", Table.Find(TextFolding.Fold("A LIRE AUSSI : Niamey"))?.Rule);
    }

    [Fact]
    public void Constructor_Refuses_WhenAPartialPhraseIsEmpty() =>
        Assert.Throws<ArgumentException>(() => new BoilerplatePhraseTable([new BoilerplatePhrase(string.Empty, PhraseMatch.Anywhere, "empty")]));

    [Fact]
    public void Default_FindsTheShippedPhrases_WhenGivenCommonFurniture()
    {
        Assert.Equal("related-link", BoilerplatePhraseTable.Default.Find(TextFolding.Fold("À LIRE AUSSI :"))?.Rule);
        Assert.Null(BoilerplatePhraseTable.Default.Find(TextFolding.Fold("Le chef d'état-major a reçu ses homologues à Niamey.")));
    }
}
