namespace Analysis.Core.Tests.Actors.Matching;

public sealed class AliasAutomatonTests
{
    [Theory]
    [InlineData("Le BURKINA a signé.", "BURKINA=bfa")]
    [InlineData("le burkina faso", "burkina faso=bfa")]
    [InlineData("Assimi Goita a parlé.", "Assimi Goita=assimi-goita")]
    [InlineData("ASSIMI GOÏTA", "ASSIMI GOÏTA=assimi-goita")]
    [InlineData("Assimi GOITA", "Assimi GOITA=assimi-goita")]
    [InlineData("la COTE D'IVOIRE", "COTE D'IVOIRE=civ")]
    [InlineData("les Burkinabé et les NIGÉRIENS", "Burkinabé=bfa|NIGÉRIENS=ner")]
    [InlineData("le general Celestin Simpore", "Celestin Simpore=celestin-simpore")]
    public void FindAll_IgnoresCaseAndAccents_WhenMatchingNames(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("la Côte d'Ivoire")]
    [InlineData("la Côte d’Ivoire")]
    [InlineData("la Côte d‘Ivoire")]
    [InlineData("la Côte\u00A0d’Ivoire")]
    [InlineData("la Côte\u202Fd'Ivoire")]
    [InlineData("la Côte-d'Ivoire")]
    public void FindAll_MatchesTheMultiwordName_WhenApostrophesOrSpacesVary(string text) =>
        Assert.Equal("civ", Assert.Single(TestDictionary.Matches(text)).Id);

    [Theory]
    [InlineData("le G5 Sahel", "G5 Sahel")]
    [InlineData("le G5-Sahel", "G5-Sahel")]
    [InlineData("le G5\u2011Sahel", "G5\u2011Sahel")]
    [InlineData("le G5\u2013Sahel", "G5\u2013Sahel")]
    [InlineData("le G5 - Sahel", "G5 - Sahel")]
    [InlineData("le G5\u00A0Sahel", "G5\u00A0Sahel")]
    public void FindAll_MatchesTheWholePhraseAsWritten_WhenHyphensOrSpacesVary(string text, string surface) =>
        Assert.Equal($"{surface}=g5-sahel", Format(text));

    [Fact]
    public void FindAll_MatchesOnePhrase_WhenANoBreakSpaceJoinsTwoAliases() =>
        Assert.Equal("Burkina\u00A0Faso=bfa", Format("le Burkina\u00A0Faso a signé"));

    [Theory]
    [InlineData("la Somalie et le Soudan", "")]
    [InlineData("Malick Diallo est arrivé", "")]
    [InlineData("une délégation malienne", "malienne=mli")]
    [InlineData("les Maliens de l'extérieur", "Maliens=mli")]
    [InlineData("le Nigeria et le Niger", "Nigeria=nga|Niger=ner")]
    [InlineData("un soldat nigérian", "nigérian=nga")]
    [InlineData("un soldat nigérien", "nigérien=ner")]
    [InlineData("la frontière Mali-Niger", "Mali=mli|Niger=ner")]
    [InlineData("les Russes et les russophones", "Russes=rus")]
    public void FindAll_MatchesWholeWordsOnly_WhenANameIsPartOfAnotherWord(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("le portrait d’Assimi Goïta", "Assimi Goïta=assimi-goita")]
    [InlineData("le sommet de l’AES", "AES=aes")]
    [InlineData("le sommet de l'AES", "AES=aes")]
    [InlineData("les soldats de l'ONU", "ONU=onu")]
    public void FindAll_MatchesTheNameAfterAnElision_WhenAnApostropheGluesIt(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("le fleuve Niger traverse Niamey", "fleuve Niger=fleuve-niger")]
    [InlineData("le FLEUVE NIGER", "FLEUVE NIGER=fleuve-niger")]
    [InlineData("le Niger et le fleuve", "Niger=ner")]
    [InlineData("la Force conjointe de l'AES", "Force conjointe de l'AES=force-aes")]
    [InlineData("la force unifiée de l’AES", "force unifiée de l’AES=force-aes")]
    [InlineData("l'AES a créé sa force conjointe", "AES=aes")]
    [InlineData("les Forces armées maliennes", "Forces armées maliennes=fama")]
    public void FindAll_PrefersTheLongestName_WhenAShorterOneStartsTheSameWay(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("l'AU a décidé de suspendre le Niger", "AU=ua|Niger=ner")]
    [InlineData("au Mali, la junte", "Mali=mli")]
    [InlineData("Au Mali, la junte", "Mali=mli")]
    [InlineData("AU MALI, LA JUNTE SUSPEND LES PARTIS", "MALI=mli")]
    [InlineData("un accord avec l'UA", "UA=ua")]
    [InlineData("UN ACCORD DE PAIX EST SIGNÉ", "")]
    [InlineData("the UN said on Monday", "UN=onu")]
    [InlineData("les FAMa ont repris Kidal", "FAMa=fama")]
    [InlineData("LES FAMA ONT REPRIS KIDAL", "FAMA=fama")]
    [InlineData("la Fama a repris", "")]
    [InlineData("les aes du village", "")]
    public void FindAll_MatchesAcronymsByCase_WhenTheyAreAlsoWords(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("un partenariat russo-burkinabè", "russo=rus|burkinabè=bfa")]
    [InlineData("un partenariat russo\u2013burkinabè", "russo=rus|burkinabè=bfa")]
    [InlineData("un axe burkinabo-russe", "burkinabo=bfa|russe=rus")]
    [InlineData("un partenariat russo burkinabè", "burkinabè=bfa")]
    [InlineData("il a dit russo.", "")]
    [InlineData("un accord russo - burkinabè", "burkinabè=bfa")]
    public void FindAll_MatchesACombiningForm_WhenAHyphenJoinsItToTheNextWord(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("la Côte\nd'Ivoire", "")]
    [InlineData("la Côte, d'Ivoire", "")]
    [InlineData("la Côte. D'Ivoire", "")]
    [InlineData("le fleuve\nNiger", "Niger=ner")]
    [InlineData("le Burkina\nFaso", "Burkina=bfa|Faso=bfa")]
    [InlineData("la Force conjointe de l'\nAES", "AES=aes")]
    public void FindAll_NeverJoinsAPhrase_WhenALineBreakOrPunctuationSeparatesWords(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Theory]
    [InlineData("burkinabe", "bfa")]
    [InlineData("AES", "aes")]
    [InlineData("Niger", "ner")]
    [InlineData("fleuve niger", "fleuve-niger")]
    [InlineData("Nations unies", "onu")]
    public void Lookup_ReturnsTheOneActor_WhenThePhraseIsExactlyOneOfItsNames(string phrase, string id) =>
        Assert.Equal(id, Assert.Single(TestDictionary.Automaton.Lookup(phrase)).Id);

    [Theory]
    [InlineData("Nations")]
    [InlineData("Salaou Barmou")]
    [InlineData("")]
    public void Lookup_ReturnsNothing_WhenThePhraseIsOnlyPartOfAName(string phrase) =>
        Assert.Empty(TestDictionary.Automaton.Lookup(phrase));

    private static string Format(string text) =>
        string.Join('|', TestDictionary.Matches(text).Select(m => $"{m.Surface}={m.Id}"));
}
