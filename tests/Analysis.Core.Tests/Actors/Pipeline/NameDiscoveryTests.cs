using Analysis.Core.Actors;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors.Pipeline;

public sealed class NameDiscoveryTests
{
    [Theory]
    [InlineData("Le lieutenant général Mubarak Muganga a été reçu à Bamako.", "Mubarak Muganga", "Mubarak Muganga", "discovered:mubarak-muganga")]
    [InlineData("Le ministre de la Défense Juvenal Marizamunda est arrivé.", "Juvenal Marizamunda", "Juvenal Marizamunda", "discovered:juvenal-marizamunda")]
    [InlineData("Le Général de Brigade Mohamed TOUMBA a parlé.", "Mohamed TOUMBA", "Mohamed Toumba", "discovered:mohamed-toumba")]
    [InlineData("Le Colonel Abdoulaye MAÏGA est venu.", "Abdoulaye MAÏGA", "Abdoulaye Maïga", "discovered:abdoulaye-maiga")]
    [InlineData("Selon Abdourahamane TIANI, rien ne change.", "Abdourahamane TIANI", "Abdourahamane Tiani", "discovered:abdourahamane-tiani")]
    [InlineData("[title] Niger : Abdourahamane TIANI reçu à Bamako", "Abdourahamane TIANI", "Abdourahamane Tiani", "discovered:abdourahamane-tiani")]
    public void Extract_DiscoversThePerson_WhenANewNameFollowsATitleOrIsWrittenInCapitals(string text, string surface, string name, string id)
    {
        var extractor = TestDictionary.Extractor();

        var mention = Assert.Single(extractor.Extract(TestDocuments.Article(text)).Mentions, m => m.Actor.Type == ActorType.Person);

        Assert.Equal(surface, mention.Surface);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
        Assert.Equal(name, mention.Actor.Name);
        Assert.Equal(id, mention.Actor.Id);
        Assert.Equal(ActorOrigin.Discovered, mention.Actor.Origin);
        Assert.Equal([id], extractor.Discovered.Select(a => a.Id));
    }

    [Fact]
    public void Extract_DiscoversTheName_WhenItIsRepeatedInTwoSentences()
    {
        var document = TestDictionary.Extract("Tassiou Kangué est arrivé. Plus tard, Tassiou Kangué a parlé.");

        Assert.Equal(2, document.Mentions.Count);
        Assert.All(document.Mentions, m => Assert.Equal("discovered:tassiou-kangue", m.Actor.Id));
        Assert.Equal([0, 1], document.Mentions.Select(m => m.Sentence));
    }

    [Theory]
    [InlineData("Tassiou Kangué est arrivé hier soir.")]
    [InlineData("Tassiou Kangué a salué Tassiou Kangué.")]
    public void Extract_DiscoversNothing_WhenAPlainNameIsNotRepeatedInAnotherSentence(string text)
    {
        var extractor = TestDictionary.Extractor();

        Assert.Empty(extractor.Extract(TestDocuments.Article(text)).Mentions);
        Assert.Empty(extractor.Discovered);
    }

    [Theory]
    [InlineData("Les FDS ont repoussé l'attaque.")]
    [InlineData("Les Forces Spéciales ont attaqué. Les Forces Spéciales ont reculé.")]
    [InlineData("Lundi Matin, les soldats sont partis. Lundi Matin, ils sont revenus.")]
    [InlineData("Septembre Niamey manquait d'eau. Depuis Septembre Niamey attend.")]
    [InlineData("Lire Aussi : la suite. Lire Aussi : encore.")]
    [InlineData("Partager Facebook Twitter. Partager Facebook Twitter.")]
    [InlineData("URGENT : Abdourahamane TIANI REÇOIT LES CHEFS DE L'ARMÉE")]
    public void Extract_DiscoversNoPerson_WhenCapitalisedWordsAreNotNames(string text)
    {
        var extractor = TestDictionary.Extractor();

        Assert.DoesNotContain(extractor.Extract(TestDocuments.Article(text)).Mentions, m => m.Actor.Type == ActorType.Person);
        Assert.DoesNotContain(extractor.Discovered, a => a.Type == ActorType.Person);
    }

    [Theory]
    [InlineData("Mamadou COULYBALI")]
    [InlineData("Awa Diallo; Mamadou Coulybali")]
    public void Extract_DiscoversNothing_WhenTheNameIsTheDocumentsAuthor(string author)
    {
        const string text = "Mamadou COULYBALI rapporte que les FAMa avancent.";

        var document = TestDictionary.Extract(text, author: author);

        var mention = Assert.Single(document.Mentions);
        Assert.Equal("fama", mention.Actor.Id);
    }

    [Fact]
    public void Extract_DiscoversTheName_WhenTheSameTextHasAnotherAuthor()
    {
        var document = TestDictionary.Extract("Mamadou COULYBALI rapporte que les FAMa avancent.", author: "Awa Diallo");

        Assert.Equal(["discovered:mamadou-coulybali", "fama"], document.Mentions.Select(m => m.Actor.Id));
    }

    [Theory]
    [InlineData("[byline] Par Oumarou KONATÉ\nLe Mali avance.")]
    [InlineData("[boilerplate] Lire aussi : Abdourahamane TIANI reçu par le Colonel Abdoulaye MAÏGA\nLe Mali avance.")]
    public void Extract_DiscoversNothing_WhenTheNameIsOutsideArticleText(string text)
    {
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article(text));

        Assert.Equal(["mli"], document.Mentions.Select(m => m.Actor.Id));
        Assert.Empty(extractor.Discovered);
    }

    [Fact]
    public void Extract_ReturnsOneActorAcrossDocuments_WhenTheSameNameIsDiscoveredTwice()
    {
        var extractor = TestDictionary.Extractor();

        var first = extractor.Extract(TestDocuments.Article("Le lieutenant général Mubarak Muganga a été reçu.")).Mentions.Single();
        var second = extractor.Extract(TestDocuments.Article("Le général Mubarak MUGANGA est reparti.", "2024-11-07")).Mentions.Single();

        Assert.Same(first.Actor, second.Actor);
        Assert.Equal("Mubarak Muganga", second.Actor.Name);
        Assert.Single(extractor.Discovered);
    }

    [Fact]
    public void Extract_ResolvesToTheFirstActor_WhenAnotherDocumentSpellsTheNameDifferently()
    {
        var extractor = TestDictionary.Extractor();

        var first = extractor.Extract(TestDocuments.Article("Le lieutenant général Mubarak Muganga a été reçu.")).Mentions.Single();
        var variant = extractor.Extract(TestDocuments.Article("Le général Mubarak Muganda est reparti.", "2024-11-07")).Mentions.Single();

        Assert.Equal("Mubarak Muganda", variant.Surface);
        Assert.Equal(first.Actor.Id, variant.Actor.Id);
        Assert.Single(extractor.Discovered);
    }

    [Fact]
    public void Extract_ResolvesToTheDictionaryPerson_WhenATitledNameIsAVariantOfIt()
    {
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article("Le Général Moussa Saloua BARMOU a inspecté les troupes."));

        var mention = Assert.Single(document.Mentions);
        Assert.Equal("Moussa Saloua BARMOU", mention.Surface);
        Assert.Equal("moussa-salaou-barmou", mention.Actor.Id);
        Assert.Equal(ActorOrigin.Dictionary, mention.Actor.Origin);
        Assert.Empty(extractor.Discovered);
    }

    [Theory]
    [InlineData("La ministre malienne de l'Énergie Oumar Diarra a inauguré la centrale.")]
    [InlineData("Le ministre de l'Économie et des Finances Oumar Diarra a présenté le budget.")]
    [InlineData("Selon le ministre nigérien des Mines Oumar Diarra, la production reprend.")]
    [InlineData("Le ministre du Commerce Oumar Diarra et son homologue ont signé.")]
    [InlineData("Le ministre de l'Agriculture Oumar Diarra a visité les champs.")]
    [InlineData("La ministre de la Santé publique Oumar Diarra a lancé la campagne.")]
    public void Extract_KeepsTheDictionaryPerson_WhenAMinistrysNameComesJustBeforeIt(string text)
    {
        // The portfolio is capitalised and touches the name: it is not a given name of the person.
        var extractor = TestDictionary.Extractor();

        var mention = Assert.Single(extractor.Extract(TestDocuments.Article(text)).Mentions, m => m.Actor.Type == ActorType.Person);

        Assert.Equal("Oumar Diarra", mention.Surface);
        Assert.Equal("oumar-diarra", mention.Actor.Id);
        Assert.Empty(extractor.Discovered);
    }

    [Theory]
    [InlineData("[title] COUVRE-FEU À DOUNFING APRÈS UNE SÉRIE D’ATTAQUES\nLe gouverneur de la région a décrété un couvre-feu nocturne dans toute la commune.")]
    [InlineData("[title] ATTAQUE PRÈS DE TINZÉDI : LES ASSAILLANTS REVENDIQUENT L’EMBUSCADE\nLe groupe armé a publié un communiqué dans la soirée de mardi.")]
    public void Extract_DiscoversNoPerson_WhenAHeadlineInCapitalsEndsAboveProse(string text)
    {
        // The last words of a shouted headline are judged by the headline's other words, not by the lower-case
        // paragraph that follows it.
        var extractor = TestDictionary.Extractor();

        Assert.DoesNotContain(extractor.Extract(TestDocuments.Article(text)).Mentions, m => m.Actor.Type == ActorType.Person);
        Assert.Empty(extractor.Discovered);
    }

    [Theory]
    [InlineData("[title] EMBUSCADE PRÈS DE TINZÉDI : LE MOUVEMENT REVENDIQUE L’ATTAQUE\nLe groupe armé a publié un communiqué dans la soirée de mardi.")]
    [InlineData("[title] LA COORDINATION DÉNONCE UNE TRAHISON\nLes responsables de la coordination ont parlé mardi.")]
    [InlineData("[title] LE CONSEIL N’A PAS TRANCHÉ\nLes membres du conseil ont siégé mardi.")]
    public void Extract_DiscoversNoOrganization_WhenAHeadNounInACapitalHeadlineIsFollowedByAVerb(string text)
    {
        // In a headline in capitals every word has a capital: the words after "MOUVEMENT" are a verb and its
        // object, not the movement's name.
        var extractor = TestDictionary.Extractor();

        Assert.DoesNotContain(extractor.Extract(TestDocuments.Article(text)).Mentions, m => m.Actor.Type == ActorType.Organization);
        Assert.Empty(extractor.Discovered);
    }

    [Fact]
    public void Extract_DiscoversTheInstitution_WhenItsNameIsInACapitalHeadline()
    {
        // The complement is made of an institution's own words, which need no capital to count.
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article("[title] LE CONSEIL SUPÉRIEUR DE LA DÉFENSE SE RÉUNIT À NIAMEY\nLes membres ont siégé mardi."));

        var mention = Assert.Single(document.Mentions, m => m.Actor.Type == ActorType.Organization);
        Assert.Equal("CONSEIL SUPÉRIEUR DE LA DÉFENSE", mention.Surface);
    }

    [Fact]
    public void Extract_DiscoversThePerson_WhenANameInCapitalsEndsAProseLine()
    {
        // The line's other words are lower case: the capitals are the press's way of writing a surname.
        var document = TestDictionary.Extract("Les délégués ont été reçus par Abdourahamane TIANI\nLa rencontre a duré deux heures.");

        Assert.Contains(document.Mentions, m => m.Actor.Id == "discovered:abdourahamane-tiani");
    }

    [Theory]
    [InlineData("Le général Moussa Salaou Barmou est arrivé à Niamey. Plus tard, Barmou Moussa Salaou a reçu les délégués.", "Barmou Moussa Salaou")]
    [InlineData("Le général Moussa Salaou Barmou est arrivé à Niamey. Le général Barmou a parlé. Barmou Moussa Salaou a reçu les délégués.", "Barmou Moussa Salaou")]
    public void Extract_TiesTheNameToThePerson_WhenItIsWrittenSurnameFirst(string text, string surface)
    {
        // Administrations write the surname first, before all the given names: "Barmou Moussa Salaou".
        var extractor = TestDictionary.Extractor();

        var document = extractor.Extract(TestDocuments.Article(text));

        Assert.Contains(document.Mentions, m => m.Surface == surface && m.Actor.Id == "moussa-salaou-barmou");
        Assert.Empty(extractor.Discovered);
    }

    [Fact]
    public void Extract_KeepsTheDictionaryMatch_WhenADictionaryNameIsWrittenInCapitals()
    {
        var document = TestDictionary.Extract("Le Capitaine Ibrahim TRAORÉ a parlé.");

        var mention = Assert.Single(document.Mentions);
        Assert.Equal("ibrahim-traore", mention.Actor.Id);
        Assert.Equal(MentionOrigin.Dictionary, mention.Origin);
    }

    [Fact]
    public void Extract_DiscoversNothing_WhenASentenceEndsBetweenTheTitleAndTheCapitalisedWord()
    {
        var extractor = TestDictionary.Extractor();

        Assert.Empty(extractor.Extract(TestDocuments.Article("Il a vu le commandant. Ensuite il est parti.")).Mentions);
        Assert.Empty(extractor.Discovered);
    }

    [Fact]
    public void Extract_DiscoversNoPerson_WhenABracketedAcronymFollowsATitle()
    {
        var extractor = TestDictionary.Extractor();

        extractor.Extract(TestDocuments.Article("Le ministre (MAECI) a parlé. Le président (PDG) aussi."));

        Assert.DoesNotContain(extractor.Discovered, a => a.Type == ActorType.Person);
    }

    [Fact(Skip = "defect: the repeated-name pattern types any capitalised compound as a person, so 'la Croix-Rouge' said twice becomes person 'Croix-Rouge'")]
    public void Extract_DiscoversNoPerson_WhenARepeatedCapitalisedNameIsAnOrganization()
    {
        var extractor = TestDictionary.Extractor();

        extractor.Extract(TestDocuments.Article("La Croix-Rouge a distribué des vivres. Selon la Croix-Rouge, tout va bien."));

        Assert.DoesNotContain(extractor.Discovered, a => a.Type == ActorType.Person);
    }

    [Fact(Skip = "defect: in a headline shouted in capitals the title pattern runs the name on into the verb, giving person 'Tiani Reçoit'")]
    public void Extract_KeepsTheVerbOutOfTheName_WhenAShoutedHeadlineHasATitle()
    {
        var extractor = TestDictionary.Extractor();

        extractor.Extract(TestDocuments.Article("[title] NIGER : LE GÉNÉRAL TIANI REÇOIT LE MINISTRE RUSSE"));

        Assert.All(extractor.Discovered, a => Assert.Equal("Tiani", a.Name));
    }
}
