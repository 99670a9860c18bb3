using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Titles;

namespace Analysis.Core.Tests.Actors.Titles;

public sealed class TitleLexiconTests
{
    private static TitleLexicon Lexicon => TitleLexicon.Default;

    [Theory]
    [InlineData("Chef d'État-major général des armées", "chef d'état-major général des armées", "chief-of-general-staff")]
    [InlineData("chef d’état‑major des forces armées", "chef d'état-major des forces armées", "chief-of-general-staff")]
    [InlineData("CHEF D'ÉTAT-MAJOR GÉNÉRAL", "chef d'état-major général", "chief-of-general-staff")]
    [InlineData("chef d'état-major particulier du président", "chef d'état-major particulier du président", "")]
    [InlineData("Ministre de la Défense nationale", "ministre de la Défense nationale", "defence-minister")]
    [InlineData("ministre des Affaires étrangères", "ministre des Affaires étrangères", "foreign-minister")]
    [InlineData("Premier Ministre", "Premier ministre", "prime-minister")]
    [InlineData("Président du Faso", "président du Faso", "head-of-state")]
    [InlineData("président de la Transition malienne", "président de la Transition", "head-of-state")]
    [InlineData("ministre", "ministre", "")]
    [InlineData("Ministre de l'Économie et des Finances", "ministre de l'Économie et des Finances", "finance-minister")]
    [InlineData("ministre de l’Energie", "ministre de l'Énergie", "energy-minister")]
    [InlineData("ministre des Mines", "ministre des Mines", "mines-minister")]
    [InlineData("Minister of Finance", "minister of finance", "finance-minister")]
    public void Classify_ReturnsTheOfficeOfTheLongestPhrase_WhenTheTitleIsAFunction(string title, string phrase, string function)
    {
        var entry = Lexicon.Classify(title);

        Assert.NotNull(entry);
        Assert.Equal(TitleKind.Function, entry.Kind);
        Assert.Equal(phrase, entry.Phrase);
        Assert.Equal(function, entry.Function);
        Assert.False(entry.IsPlural);
    }

    [Theory]
    [InlineData("Général de Brigade", "général de brigade")]
    [InlineData("général de brigade aérienne", "général de brigade aérienne")]
    [InlineData("Général d'Armée", "général d'armée")]
    [InlineData("lieutenant-général", "lieutenant général")]
    [InlineData("Lieutenant Général", "lieutenant général")]
    [InlineData("Colonel-major", "colonel-major")]
    [InlineData("colonel major", "colonel-major")]
    [InlineData("lieutenant-colonel", "lieutenant-colonel")]
    [InlineData("Général", "général")]
    [InlineData("Lt Gen", "lt gen")]
    public void Classify_ReturnsTheLongestRank_WhenCaseAndHyphensVary(string title, string phrase)
    {
        var entry = Lexicon.Classify(title);

        Assert.NotNull(entry);
        Assert.Equal(TitleKind.Rank, entry.Kind);
        Assert.Equal(phrase, entry.Phrase);
    }

    [Theory]
    [InlineData("Chefs d'États-Majors")]
    [InlineData("chefs d'état-major")]
    [InlineData("Généraux")]
    [InlineData("ministres")]
    public void Classify_MarksThePhrasePlural_WhenItNamesSeveralPeople(string title)
    {
        var entry = Lexicon.Classify(title);

        Assert.NotNull(entry);
        Assert.True(entry.IsPlural);
        Assert.Equal(string.Empty, entry.Function);
    }

    [Theory]
    [InlineData("")]
    [InlineData("le général")]
    [InlineData("Moussa Salaou Barmou")]
    [InlineData("généralement")]
    public void Classify_ReturnsNull_WhenTheTextDoesNotStartWithATitle(string title) =>
        Assert.Null(Lexicon.Classify(title));

    [Fact]
    public void Classify_ReturnsHeadOfState_WhenTheTitleIsChefDEtat() =>
        Assert.Equal("head-of-state", Lexicon.Classify("chef d'État")?.Function);

    [Theory]
    [InlineData("M. Diarra a parlé", "M")]
    [InlineData("selon M. Oumar Diarra", "M")]
    [InlineData("Mme Traoré a parlé", "Mme")]
    [InlineData("le Dr Diallo", "Dr")]
    public void FindAll_FindsAnHonorific_WhenItPrecedesACapitalisedName(string text, string written)
    {
        var tokens = TokenList.Create(text);

        var match = Assert.Single(Lexicon.FindAll(tokens));

        Assert.Equal(TitleKind.Honorific, match.Entry.Kind);
        Assert.Equal(written, tokens.Word(match.First).ToString());
    }

    [Theory]
    [InlineData("m. Diarra a parlé")]
    [InlineData("M.Diarra a parlé")]
    [InlineData("la lettre M. puis")]
    [InlineData("un mur de 3 m. Diarra")]
    public void FindAll_FindsNoHonorific_WhenTheMIsNotMonsieur(string text) =>
        Assert.Empty(Lexicon.FindAll(TokenList.Create(text)));

    [Fact]
    public void FindAll_ReturnsLeftmostLongestTitles_WhenSeveralFollowEachOther()
    {
        var tokens = TokenList.Create("le Général de Brigade Moussa, chef d'état-major général des armées");

        var matches = Lexicon.FindAll(tokens);

        Assert.Equal(["général de brigade", "chef d'état-major général des armées"], matches.Select(m => m.Entry.Phrase));
        Assert.Equal("Général de Brigade", tokens.Span(matches[0].First, matches[0].Last).Slice(tokens.Text));
    }

    [Theory]
    [InlineData("general", true)]
    [InlineData("etat", true)]
    [InlineData("major", true)]
    [InlineData("moussa", false)]
    public void ContainsWord_TellsTitleWords_WhenGivenAFoldedWord(string folded, bool expected) =>
        Assert.Equal(expected, Lexicon.ContainsWord(folded));

    [Fact]
    public void Constructor_KeepsTheFirstEntry_WhenTwoPhrasesFoldTheSame()
    {
        var lexicon = new TitleLexicon(
        [
            new TitleEntry("chef de l'État", TitleKind.Function, "head-of-state", false),
            new TitleEntry("chef de l'Etat", TitleKind.Function, "other", false),
        ]);

        Assert.Equal("head-of-state", lexicon.Classify("CHEF DE L'ETAT")?.Function);
    }
}
