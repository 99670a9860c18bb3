using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Corpus.Cleaning;

/// <summary>
/// Page furniture on the seed articles, line by line: what must be boilerplate, and what must stay
/// article text (subheadings, photo captions, quotes). Lines are named by how they start.
/// </summary>
public sealed class SeedBoilerplateTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    public static TheoryData<string, string> Furniture => new()
    {
        { "000", "ACCUEILSECURITE" },
        { "000", "www.refletinfo.net" },
        { "000", "Reflet info" },
        { "000", "Reflet info est un journal burkinabè en ligne" },
        { "000", "Laisser un commentaire" },
        { "000", "Votre adresse e-mail ne sera pas publiée" },
        { "001", "A La Une" },
        { "001", "Publié" },
        { "001", "on" },
        { "001", "Publicité" },
        { "001", "A LIRE AUSSI : Burkina Faso – lutte contre le terrorisme" },
        { "001", "A LIRE AUSSI : Sahel : Les Forces combattantes" },
        { "001", "You must be logged in to post a comment" },
        { "001", "Leave a Reply" },
        { "001", "Annuler la réponse" },
        { "001", "+ DE LA SEMAINE DERNIÈRE" },
        { "001", "Quitter la version mobile" },
        { "002", "Home Coopération AES : L’Alliance des États du Sahel renforce sa coopération militaire pour..." },
        { "002", "71" },
        { "002", "0" },
        { "002", ">> Relire l’article Mali" },
        { "002", "Previous articleBurkina Faso : Le Président Ibrahim Traoré" },
        { "002", "Next articleBurkina Faso / Vers la victoire finale" },
        { "002", "LEAVE A REPLY" },
        { "002", "Please enter your comment!" },
        { "002", "Please enter your name here" },
        { "003", "The website encountered an unexpected error. Please try again later." },
    };

    public static TheoryData<string, string> ArticleText => new()
    {
        { "000", "Le chef d’état-major général des armées, le Colonel-major Célestin Simporé, a conduit" },
        { "000", "Coopération militaire entre le Burkina Faso et le Mali" },          // photo caption
        { "000", "Le chef d’état-major général des armées du Burkina, le Colonel-major Célestin Simporé (à g.)" },
        { "000", "coopération militaire Burkina Mali" },                              // caption
        { "000", "Le chef d’état-major général des Armées burkinabé a, à cet effet" },  // last paragraph
        { "001", "Échanges avec Shoigu" },                                            // subheading
        { "001", "Au pouvoir depuis septembre 2022, le capitaine Ibrahim Traoré" },
        { "002", "L’Alliance des États du Sahel (AES), sous la présidence du Général d’Armée Assimi GOÏTA" },
        { "002", "Ce rapprochement entre le Burkina Faso, le Mali et le Niger" },
        { "003", "L’on retiendra désormais que ce Plan d’actions" },
        { "004", "Le Mali, le Niger et le Burkina Faso, réunis au sein de l'Alliance" },
        { "004", "Ces réunions soulignent la détermination des dirigeants" },
    };

    [Theory]
    [MemberData(nameof(Furniture))]
    public void Segment_IsBoilerplate_ForPageFurniture(string seed, string lineStart) =>
        Assert.Equal(SegmentKind.Boilerplate, KindOfLine(seed, lineStart));

    [Theory]
    [MemberData(nameof(ArticleText))]
    public void Segment_IsContent_ForProseCaptionsAndSubheadings(string seed, string lineStart) =>
        Assert.Equal(SegmentKind.Content, KindOfLine(seed, lineStart));

    [Theory]
    [InlineData("002", "Mamadou COULYBALI")]
    [InlineData("003", "Hamissa Konaté")]
    public void Segment_IsByline_ForTheAuthorLine(string seed, string line) =>
        Assert.Equal(SegmentKind.Byline, KindOfLine(seed, line));

    [Fact]
    public void Segment_SplitsTheDatePrefixFromTheFirstParagraph_In004()
    {
        var document = seeds.Seed("004");
        var dateline = Assert.Single(document.Segments, s => s.Kind == SegmentKind.Dateline);
        Assert.Equal("date 2024-11", document.TextOf(dateline));
        var next = document.Segments[document.Segments.ToList().IndexOf(dateline) + 1];
        Assert.StartsWith("Le Mali, le Niger", document.TextOf(next), StringComparison.Ordinal);
        Assert.Equal(SegmentKind.Content, next.Kind);
    }

    [Theory]
    [MemberData(nameof(SeedCorpusFixture.Prefixes), MemberType = typeof(SeedCorpusFixture))]
    public void Segments_AreOrderedDisjointAndCoverAllNonBlankText(string seed)
    {
        var document = seeds.Seed(seed);
        var covered = new bool[document.Text.Length];
        var previousEnd = 0;
        foreach (var segment in document.Segments)
        {
            Assert.True(segment.Span.Start >= previousEnd, $"segment {segment} overlaps its predecessor");
            Assert.False(segment.Span.IsEmpty);
            for (var i = segment.Span.Start; i < segment.Span.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = segment.Span.End;
        }

        for (var i = 0; i < covered.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(document.Text[i]), $"character {i} ('{document.Text[i]}') is in no segment");
        }
    }

    private SegmentKind KindOfLine(string seed, string lineStart)
    {
        var document = seeds.Seed(seed);
        var exact = document.Segments.Where(s => document.TextOf(s) == lineStart).ToList();
        var matches = exact.Count > 0 ? exact : document.Segments.Where(s => document.TextOf(s).StartsWith(lineStart, StringComparison.Ordinal)).ToList();
        // A line may repeat ("Publicité" five times in 001): every copy must be classified alike.
        Assert.True(exact.Count > 0 || matches.Count == 1, $"expected one segment of {seed} starting with '{lineStart}', found {matches.Count}");
        return Assert.Single(matches.Select(s => s.Kind).Distinct());
    }
}
