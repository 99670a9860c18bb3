using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Tests.Corpus.Cleaning;

/// <summary>
/// Page layouts where a careless rule loses article prose: widgets and comment links near the top,
/// short sentences, prose that starts like a byline, menus in title case, taglines above the headline.
/// </summary>
public sealed class PageSegmenterLayoutTests
{
    private const string Headline = "Le Niger et le Mali signent un accord de défense à Niamey";
    private const string Lead = "Les ministres de la Défense du Niger et du Mali ont signé mardi à Niamey un accord de coopération militaire.";
    private const string Body1 = "L'accord prévoit des patrouilles conjointes le long de la frontière commune et un partage du renseignement.";
    private const string Body2 = "Les deux armées tiendront une réunion d'évaluation tous les trois mois, selon le communiqué final.";

    private static readonly PageSegmenter Segmenter = new();

    [Theory]
    [InlineData("Partager")]
    [InlineData("Réagir")]
    [InlineData("12 commentaires")]
    [InlineData("Commentaires")]
    [InlineData("Laisser un commentaire")]
    [InlineData("Précédent")]
    public void Segment_KeepsTheArticle_WhenAWidgetLabelSitsUnderTheLead(string label)
    {
        var page = Page(Headline, Lead, label, Body1, Body2);
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, label));
        Assert.Equal(SegmentKind.Content, KindOf(page, Body1));
        Assert.Equal(SegmentKind.Content, KindOf(page, Body2));
    }

    [Fact]
    public void Segment_EndsTheArticleAtTheCommentForm_WhenOnlyShortCommentsFollow()
    {
        const string comment = "Très bonne nouvelle pour nos deux pays, il était temps que cela arrive enfin.";
        var page = Page(Headline, Lead, Body1, Body2, "Laisser un commentaire", "Moussa dit :", comment);
        Assert.Equal(SegmentKind.Content, KindOf(page, Body2));
        Assert.Equal((SegmentKind.Boilerplate, SegmentRules.AfterArticleEnd), (KindOf(page, comment), RuleOf(page, comment)));
    }

    [Fact]
    public void Segment_MarksAnInlineRelatedBox_AndKeepsTheProseAfterIt()
    {
        var page = Page(Headline, Lead, "Sur le même sujet", "Le Burkina expulse des diplomates", "Sommet de la CEDEAO à Abuja", Body1, Body2);
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, "Le Burkina expulse des diplomates"));
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, "Sommet de la CEDEAO à Abuja"));
        Assert.Equal(SegmentKind.Content, KindOf(page, Body1));
    }

    [Fact]
    public void Segment_KeepsABriefOfShortSentences()
    {
        var page = Page(Headline, "Le Mali a signé.", "Le Niger aussi.", "La réunion a duré deux heures.");
        Assert.All(["Le Mali a signé.", "Le Niger aussi.", "La réunion a duré deux heures."], line => Assert.Equal(SegmentKind.Content, KindOf(page, line)));
    }

    [Fact]
    public void Segment_KeepsAClosingQuotation_WithoutAFullStop()
    {
        var page = Page(Headline, Lead, Body1, "« Le Mali ne reculera pas »");
        Assert.Equal(SegmentKind.Content, KindOf(page, "« Le Mali ne reculera pas »"));
    }

    [Fact]
    public void Segment_KeepsProseThatStartsLikeAByline()
    {
        var page = Page(Headline, Lead, "Par ailleurs, deux civils ont été blessés.", Body1);
        Assert.Equal(SegmentKind.Content, KindOf(page, "Par ailleurs, deux civils ont été blessés."));
    }

    [Fact]
    public void Segment_FindsALabelledByline_WithARoleAfterTheName()
    {
        var page = Page(Headline, "Par Hamissa Konaté, envoyée spéciale à Bamako", Lead, Body1);
        Assert.Equal(SegmentKind.Byline, KindOf(page, "Par Hamissa Konaté, envoyée spéciale à Bamako"));
    }

    [Fact]
    public void Segment_DoesNotTakeATitleCaseMenu_ForABylineOrAHeadline()
    {
        var page = Page("L'information du Burkina en temps réel", "Accueil Politique Economie Sécurité International", Headline, Lead, Body1);
        Assert.Equal(SegmentKind.Title, KindOf(page, Headline));
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, "L'information du Burkina en temps réel"));
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, "Accueil Politique Economie Sécurité International"));
    }

    [Fact]
    public void Segment_DoesNotTakeWidgetLabelsAfterTheArticle_ForBylines()
    {
        var page = Page(Headline, Lead, Body1, "Read Next", "Related Topics");
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, "Read Next"));
        Assert.Equal(SegmentKind.Boilerplate, KindOf(page, "Related Topics"));
    }

    [Fact]
    public void Segment_PrefersTheHeadlineOverAPageTitleWithASiteSuffix()
    {
        var page = Page("Accord de défense entre le Niger et le Mali | Actu Niger", Headline, Lead, Body1);
        Assert.Equal(SegmentKind.Title, KindOf(page, Headline));
    }

    [Fact]
    public void Segment_SplitsTwoDateLabelsOnOneLine()
    {
        var page = Page(Headline, "Publié le 2 mars 2023 à 10h15 | Mis à jour le 3 mars 2023 à 09:12", Lead, Body1);
        var segments = Segmenter.Segment(page);
        var datelines = segments.Where(s => s.Kind == SegmentKind.Dateline).Select(s => s.Span.Slice(page)).ToList();
        Assert.Equal(["Publié le 2 mars 2023 à 10h15", "Mis à jour le 3 mars 2023 à 09:12"], datelines);
    }

    [Fact]
    public void Segment_DoesNotTakeALeadRestatedInTheBody_ForABreadcrumb()
    {
        var standfirst = "Le Niger et le Mali ont signé un accord de défense.";
        var page = Page(Headline, standfirst, "Le Niger et le Mali ont signé un accord de défense. " + Body1, Body2);
        Assert.Equal(SegmentKind.Content, KindOf(page, standfirst));
    }

    private static string Page(params string[] lines) => string.Join("\n\n", lines);

    private static Segment SegmentOf(string page, string line) => Assert.Single(Segmenter.Segment(page), s => s.Span.Slice(page) == line);

    private static SegmentKind KindOf(string page, string line) => SegmentOf(page, line).Kind;

    private static string RuleOf(string page, string line) => SegmentOf(page, line).Rule;
}
