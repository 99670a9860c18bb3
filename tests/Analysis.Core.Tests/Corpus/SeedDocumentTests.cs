using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Corpus;

/// <summary>
/// What an analyst reads off each seed article, checked against what the loader says about it.
/// Every expected value below was read from the article's text.
/// </summary>
public sealed class SeedDocumentTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    public static TheoryData<string, string> Titles => new()
    {
        { "000", "COOPERATION MILITAIRE : le Burkina et Mali renforcent leur convergence opérationnelle" },
        { "001", "Lutte anti-terrorisme : Coopération militaire, après Moscou, Ouagadougou va coopérer avec Kigali sur les question de sécurité" },
        { "002", "AES : L’Alliance des États du Sahel renforce sa coopération militaire pour une sécurité régionale durable" },
        { "003", "ALLIANCE DES ÉTATS DU SAHEL : Les Chefs d’États-Majors Généraux des Armées, ont désormais validé, le Plan d’actions « défense et sécurité »" },
        // 004 has no headline line: its title is its first sentence.
        { "004", "Le Mali, le Niger et le Burkina Faso, réunis au sein de l'Alliance, ont pris des mesures pour lutter contre les groupes armés dans la région" },
    };

    public static TheoryData<string, string, DatePrecision, DateOrigin> Dates => new()
    {
        { "000", "2023-08-29", DatePrecision.Day, DateOrigin.Content },   // "le mardi 29 août 2023"
        { "001", "2023-11-10", DatePrecision.Day, DateOrigin.Content },   // "le vendredi 10 novembre 2023"
        { "002", "2024-11-06", DatePrecision.Day, DateOrigin.Content },   // "Le mercredi 6 novembre 2024"
        { "003", "2024-11-06", DatePrecision.Day, DateOrigin.Content },   // "ce mercredi 06 novembre 2024"
        { "004", "2024-11", DatePrecision.Month, DateOrigin.Dateline },   // " date 2024-11 …", then only "Ce mercredi"
    };

    public static TheoryData<string, string> Authors => new()
    {
        { "000", "" },
        { "001", "" },
        { "002", "Mamadou COULYBALI" },
        { "003", "Hamissa Konaté" },
        { "004", "" },
    };

    [Fact]
    public void LoadAll_LoadsTheFiveArticles_AndSkipsTheFolderReadme()
    {
        Assert.Equal(5, seeds.Corpus.Documents.Count);
        var readme = Assert.Single(seeds.Corpus.Ingest, r => r.File == "README.md");
        Assert.Equal(IngestStatus.Skipped, readme.Status);
        Assert.Contains("documentation", readme.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_IsTheHeadline_WhenTheArticleHasOne(string seed, string expected) =>
        Assert.Equal(expected, seeds.Seed(seed).Title);

    [Theory]
    [MemberData(nameof(Dates))]
    public void Date_HasTheArticlesDateAndPrecision(string seed, string expected, DatePrecision precision, DateOrigin origin)
    {
        var date = seeds.Seed(seed).Date;
        Assert.Equal(expected, date.Value.ToString());
        Assert.Equal(precision, date.Precision);
        Assert.Equal(origin, date.Origin);
    }

    [Theory]
    [MemberData(nameof(Authors))]
    public void Author_IsTheByline_NeverAnActor(string seed, string expected) =>
        Assert.Equal(expected, seeds.Seed(seed).Author);

    [Theory]
    [InlineData("000", "Reflet info")]
    [InlineData("001", "")]
    [InlineData("002", "")]
    [InlineData("003", "")]
    [InlineData("004", "")]
    public void Outlet_IsTheSiteName_WhereTheTextGivesIt(string seed, string expected) =>
        Assert.Equal(expected, seeds.Seed(seed).Outlet);

    [Theory]
    [MemberData(nameof(SeedCorpusFixture.Prefixes), MemberType = typeof(SeedCorpusFixture))]
    public void Language_IsFrench(string seed) => Assert.Equal("fr", seeds.Seed(seed).Language);

    [Fact]
    public void Date_EvidencePointsAtTheDateInTheText()
    {
        var document = seeds.Seed("000");
        var span = Assert.IsType<Analysis.Core.Text.TextSpan>(document.Date.Span);
        Assert.Contains("29 août 2023", span.Slice(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_AreDistinctAndStable()
    {
        var again = CorpusLoader.LoadAll(TestPaths.Seeds);
        Assert.Equal(seeds.Corpus.Documents.Select(d => d.Id), again.Documents.Select(d => d.Id));
        Assert.Equal(5, seeds.Corpus.Documents.Select(d => d.Id).Distinct().Count());
        Assert.All(seeds.Corpus.Documents, d => Assert.Matches("^[0-9a-f]{16}$", d.Id));
    }

    [Fact]
    public void Text_IsTheFileUnchanged_WhenItIsCleanUtf8()
    {
        // The seeds are UTF-8 with LF line ends and NFC text: decoding and normalising change nothing,
        // so every offset is an offset into the file as the analyst sees it.
        var document = seeds.Seed("001");
        Assert.Equal(File.ReadAllText(TestPaths.Seed("001")), document.Text);
        Assert.Equal("utf-8", document.Encoding);
    }
}
