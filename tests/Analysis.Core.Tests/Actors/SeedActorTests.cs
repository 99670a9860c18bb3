using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

/// <summary>
/// The actors of each seed article, as read in the article (persons, organizations, countries; places
/// apart), and the traps the articles set: links to other articles, bylines, outlet blurbs.
/// </summary>
public sealed class SeedActorTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    private static readonly Lazy<Dictionary<string, ExtractedDocument>> Extracted = new(() => ExtractAll(new SeedCorpusFixture()));

    public static TheoryData<string, string[]> ExpectedActors => new()
    {
        // Bamako visit, 29 Aug 2023: the two chiefs of staff, Burkina and Mali, the "frères nigériens".
        { "000", ["Burkina Faso", "Mali", "Niger", "Célestin Simporé", "Oumar Diarra"] },
        // Kigali and Moscow, Nov 2023: Rwanda's chief of defence staff and minister (not in the dictionary),
        // the Rwandan forces, Burkina's defence minister talking to Shoigu, Traoré in the last paragraph.
        {
            "001",
            [
                "Burkina Faso", "Rwanda", "Russie", "Célestin Simporé", "Mubarak Muganga", "Juvenal Marizamunda",
                "Rwanda Defence Force", "Kassoum Coulibaly", "Sergueï Choïgou", "Ibrahim Traoré",
            ]
        },
        // Koulouba audience, 6 Nov 2024: Goïta, the AES and its three states, Niger's chief of staff.
        { "002", ["Alliance des États du Sahel", "Assimi Goïta", "Burkina Faso", "Mali", "Niger", "Moussa Salaou Barmou"] },
        // Same meeting: three chiefs of staff, Goïta, the AES and its joint force, the FDS, the G5 Sahel.
        {
            "003",
            [
                "Alliance des États du Sahel", "Oumar Diarra", "Mali", "Force unifiée de l'AES", "Assimi Goïta", "Niger",
                "Moussa Salaou Barmou", "Burkina Faso", "Célestin Simporé", "Forces de défense et de sécurité", "G5 Sahel",
            ]
        },
        // Same meeting, month-dated: Niger's chief of staff named only by his office; FDS, VDP and FAMa.
        {
            "004",
            [
                "Mali", "Niger", "Burkina Faso", "Alliance des États du Sahel", "Assimi Goïta", "Moussa Salaou Barmou",
                "Forces de défense et de sécurité", "Volontaires pour la défense de la patrie", "Forces armées maliennes",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(ExpectedActors))]
    public void Extract_FindsExactlyTheArticlesActors_ForEachSeed(string prefix, string[] expected)
    {
        var actors = Extracted.Value[prefix].Actors.Where(a => a.IsNetworkActor).Select(a => a.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), actors);
    }

    [Fact]
    public void Extract_IgnoresIbrahimTraore_WhenHeIsNamedOnlyInPreviousAndNextArticleLinks()
    {
        var seed = Extracted.Value["002"];

        Assert.DoesNotContain(seed.Mentions, m => m.Actor.Id == "ibrahim-traore");
        Assert.Contains(seed.SetAside, m => m.Actor.Id == "ibrahim-traore" && m.Segment == SegmentKind.Boilerplate);
    }

    [Fact]
    public void Extract_SetsAsideTheReadAlsoLinks_WhenTheyNameActors()
    {
        var seed = Extracted.Value["001"];
        var document = seeds.Seed("001");
        var readAlso = document.Segments.Where(s => document.TextOf(s).StartsWith("A LIRE AUSSI", StringComparison.Ordinal)).Select(s => s.Span).ToList();

        Assert.Equal(2, readAlso.Count);
        Assert.DoesNotContain(seed.Mentions, m => readAlso.Any(link => link.Overlaps(m.Span)));
        Assert.Contains(seed.SetAside, m => m.Actor.Id == "bfa" && readAlso[0].Contains(m.Span));
    }

    [Theory]
    [InlineData("002", "COULYBALI")]
    [InlineData("003", "Konaté")]
    public void Extract_NeverMakesAnActorOfTheAuthor_WhenTheBylineNamesThem(string prefix, string surname)
    {
        var all = Extracted.Value.Values.SelectMany(d => d.Actors);

        Assert.DoesNotContain(all, a => a.Name.Contains(surname, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(surname, seeds.Seed(prefix).Author, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsTheJournalistApartFromTheMinister_WhenTheySharedASurname()
    {
        var coulibalys = Extracted.Value.Values.SelectMany(d => d.Mentions).Where(m => m.Surface.Contains("Coulibaly", StringComparison.OrdinalIgnoreCase));

        Assert.All(coulibalys, m => Assert.Equal("kassoum-coulibaly", m.Actor.Id));
        Assert.Equal(["001"], Extracted.Value.Where(p => p.Value.Actors.Any(a => a.Id == "kassoum-coulibaly")).Select(p => p.Key));
    }

    [Fact]
    public void Extract_ResolvesBarmousSpellings_ToOnePerson()
    {
        var surfaces = Extracted.Value.Values.SelectMany(d => d.Mentions).Where(m => m.Actor.Id == "moussa-salaou-barmou").Select(m => m.Surface).ToHashSet();

        Assert.Contains("Moussa Saloua BARMOU", surfaces);
        Assert.Contains("Moussa Salaoua Barmou", surfaces);
    }

    [Fact]
    public void Extract_ResolvesTheChiefOfStaffOfNiger_ThroughHisDatedRole()
    {
        var role = Assert.Single(Extracted.Value["004"].Mentions, m => m.Origin == MentionOrigin.Role);

        Assert.Equal("moussa-salaou-barmou", role.Actor.Id);
        Assert.Equal("chef d'état-major des forces armées du Niger", role.Surface);
    }

    [Theory]
    [InlineData("000", "Simporé Célestin", "celestin-simpore")]
    [InlineData("001", "Simporé", "celestin-simpore")]
    [InlineData("001", "Coulibaly", "kassoum-coulibaly")]
    [InlineData("001", "Shoigu", "sergey-shoigu")]
    [InlineData("002", "GOÏTA", "assimi-goita")]
    public void Extract_ResolvesShortAndReorderedNames_ToTheFullNameOfTheArticle(string prefix, string surface, string actorId)
    {
        var mentions = Extracted.Value[prefix].Mentions.Where(m => m.Surface == surface).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(actorId, m.Actor.Id));
    }

    [Fact]
    public void Titles_ShowSimporesPromotion_FromColonelMajorToGeneralDeBrigade()
    {
        var catalog = new ActorCatalog(Analysis.Core.Actors.Dictionaries.ActorDictionary.Default);
        foreach (var document in Extracted.Value.Values)
        {
            catalog.Add(document);
        }

        // His ranks; the office ("chef d'état-major général des armées") is in the timeline too.
        var ranks = catalog.Titles()
            .Where(t => t.Actor.Id == "celestin-simpore" && !t.Title.StartsWith("chef", StringComparison.Ordinal))
            .Select(t => (t.Date.ToString(), t.Title))
            .ToList();

        Assert.Equal([("2023-08-29", "colonel-major"), ("2023-11-10", "général de brigade"), ("2024-11-06", "général de brigade")], ranks);
    }

    private static Dictionary<string, ExtractedDocument> ExtractAll(SeedCorpusFixture fixture)
    {
        var extractor = new ActorExtractor();
        return fixture.Corpus.Documents.OrderBy(d => d.File, StringComparer.Ordinal).ToDictionary(d => d.File[..3], extractor.Extract);
    }
}
