using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Corpus.Cleaning;

/// <summary>The segmenter's general rules on pages it has never seen (not the seeds).</summary>
public sealed class PageSegmenterTests
{
    private const string EnglishPage = """
        Home › World › Africa

        Niger and Mali sign a new defence pact in Niamey

        By Jane Doe

        Published on August 29, 2023

        Niger and Mali signed a defence pact on Tuesday, the two governments said in a joint statement.

        Share on Facebook

        The agreement covers joint patrols along the border and the sharing of intelligence between the two armies.

        Read more: Burkina Faso expels French diplomats

        The defence ministers of both countries attended the ceremony in the capital.

        Related articles

        Burkina Faso expels French diplomats

        Chad hosts regional summit

        © 2024 Sahel Times. All rights reserved.
        """;

    private static readonly PageSegmenter Segmenter = new();

    [Theory]
    [InlineData("Home › World › Africa", SegmentKind.Boilerplate, SegmentRules.Breadcrumb)]
    [InlineData("Niger and Mali sign a new defence pact in Niamey", SegmentKind.Title, SegmentRules.Headline)]
    [InlineData("By Jane Doe", SegmentKind.Byline, SegmentRules.Byline)]
    [InlineData("Published on August 29, 2023", SegmentKind.Dateline, SegmentRules.Dateline)]
    [InlineData("Share on Facebook", SegmentKind.Boilerplate, SegmentRules.SharePrompt)]
    [InlineData("Read more: Burkina Faso expels French diplomats", SegmentKind.Boilerplate, SegmentRules.RelatedLink)]
    [InlineData("The defence ministers of both countries attended the ceremony in the capital.", SegmentKind.Content, SegmentRules.Prose)]
    [InlineData("Related articles", SegmentKind.Boilerplate, SegmentRules.RelatedLink)]
    [InlineData("Chad hosts regional summit", SegmentKind.Boilerplate, SegmentRules.RelatedLink)]
    [InlineData("© 2024 Sahel Times. All rights reserved.", SegmentKind.Boilerplate, SegmentRules.Copyright)]
    public void Segment_ClassifiesAnEnglishPage(string line, SegmentKind kind, string rule)
    {
        var segment = SegmentOf(EnglishPage, line);
        Assert.Equal((kind, rule), (segment.Kind, segment.Rule));
    }

    [Fact]
    public void Segment_KeepsAShortClosingSentence_AsProse()
    {
        const string page = "Un titre assez long pour être un titre\n\nLe ministre a reçu la délégation malienne à Ouagadougou ce lundi pour des discussions.\n\nAffaire à suivre.\n\nPartager";
        Assert.Equal(SegmentKind.Content, SegmentOf(page, "Affaire à suivre.").Kind);
        Assert.Equal(SegmentKind.Boilerplate, SegmentOf(page, "Partager").Kind);
    }

    [Fact]
    public void Segment_DoesNotTakeATagForAByline_WhenTheArticleNamesIt()
    {
        const string page = "Assimi Goïta reçoit les chefs d'état-major\n\nLe président Assimi Goïta a reçu mercredi les chefs d'état-major des trois pays membres.\n\nAssimi Goïta\n\nAwa Traoré";
        Assert.Equal(SegmentKind.Boilerplate, SegmentOf(page, "Assimi Goïta").Kind);
        Assert.Equal(SegmentKind.Byline, SegmentOf(page, "Awa Traoré").Kind);
    }

    [Fact]
    public void Segment_KeepsABulletListInTheMiddleOfTheArticle()
    {
        const string page = "Les trois mesures du plan d'action\n\nLe plan adopté à Bamako prévoit trois mesures pour les armées des pays membres.\n\n- patrouilles conjointes\n\n- partage du renseignement\n\n- formation commune\n\nLes ministres se retrouveront en janvier pour en faire le bilan à Niamey.";
        Assert.Equal(SegmentKind.Content, SegmentOf(page, "- partage du renseignement").Kind);
    }

    [Fact]
    public void Segment_MarksACopyOfTheHeadline_BelowIt()
    {
        const string page = "Le Mali renforce sa coopération militaire\n\nLe Mali a signé mardi un accord de coopération militaire avec ses voisins du Sahel.\n\nLe Mali renforce sa coopération militaire";
        var segments = Segmenter.Segment(page);
        Assert.Equal(SegmentKind.Title, segments[0].Kind);
        Assert.Equal(SegmentRules.RepeatedHeadline, segments[^1].Rule);
    }

    [Fact]
    public void Segment_FindsNoProse_OnAnErrorPage()
    {
        var segments = Segmenter.Segment("Page introuvable\n\nRetour en haut\n\n© 2024 Sahel Times");
        Assert.All(segments, s => Assert.Equal(SegmentKind.Boilerplate, s.Kind));
    }

    [Fact]
    public void Segment_UsesTheMetadataTitle_WhenTheSourceGivesOne()
    {
        const string page = "Dernières nouvelles du front\n\nSécurité : le Burkina reçoit des drones\n\nLe Burkina Faso a réceptionné lundi un lot de drones commandés l'an dernier.";
        var hints = new SegmentationHints("Sécurité : le Burkina reçoit des drones", []);
        var segments = Segmenter.Segment(page, hints);
        var title = Assert.Single(segments, s => s.Kind == SegmentKind.Title);
        Assert.Equal("Sécurité : le Burkina reçoit des drones", title.Span.Slice(page));
        Assert.Equal(SegmentRules.MetadataTitle, title.Rule);
        Assert.Equal(SegmentKind.Boilerplate, segments[0].Kind);
    }

    [Fact]
    public void Segment_HonoursMarkupHints()
    {
        const string page = "Le Mali renforce sa coopération militaire\n\nLe Mali a signé mardi un accord de coopération militaire avec ses voisins du Sahel.\n\nAccueil Politique Sécurité Sport";
        var menu = page.IndexOf("Accueil Politique", StringComparison.Ordinal);
        var hints = new SegmentationHints(null, [new MarkedSpan(new TextSpan(menu, page.Length - menu), "nav")]);
        var segment = Segmenter.Segment(page, hints)[^1];
        Assert.Equal((SegmentKind.Boilerplate, "markup:nav"), (segment.Kind, segment.Rule));
    }

    [Theory]
    [InlineData("Publié le 6 mars 2024 à 10h32")]
    [InlineData("Mis à jour le 29/08/2023")]
    [InlineData("29/08/2023")]
    [InlineData("Mardi 29 août 2023 - 10:32")]
    public void Segment_RecognisesDatelines(string line)
    {
        var page = $"Le Mali renforce sa coopération militaire\n\n{line}\n\nLe Mali a signé mardi un accord de coopération militaire avec ses voisins du Sahel.";
        Assert.Equal(SegmentKind.Dateline, SegmentOf(page, line).Kind);
    }

    [Fact]
    public void Segment_KeepsOffsetsIntoTheOriginalText()
    {
        const string page = "  \n\u00A0Titre de l'article sur le Sahel  \n\nLe texte de l'article parle du Sahel et de ses armées en détail.\n";
        foreach (var segment in Segmenter.Segment(page))
        {
            var text = segment.Span.Slice(page);
            Assert.Equal(text.Trim(), text);
            Assert.NotEmpty(text);
        }
    }

    private static Segment SegmentOf(string page, string line)
    {
        var segments = Segmenter.Segment(page);
        return Assert.Single(segments, s => s.Span.Slice(page) == line);
    }
}
