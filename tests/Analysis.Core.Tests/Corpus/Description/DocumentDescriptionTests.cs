using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Corpus.Description;

/// <summary>Author and outlet as an analyst would cite them, from pages whose furniture says them.</summary>
public sealed class DocumentDescriptionTests : IDisposable
{
    private const string Headline = "Le Niger et le Mali signent un accord de défense à Niamey";
    private const string Prose = "Les ministres de la Défense du Niger et du Mali ont signé mardi à Niamey un accord de coopération militaire.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("By Tiemoko Diallo and Fadimata Kontao", "Tiemoko Diallo; Fadimata Kontao")]
    [InlineData("Par Hamissa Konaté, envoyée spéciale à Bamako", "Hamissa Konaté")]
    [InlineData("Propos recueillis par Adama Sawadogo", "Adama Sawadogo")]
    [InlineData("De notre correspondant à Agadez, Mahamane Touré", "Mahamane Touré")]
    [InlineData("Par Seini Seydou Zakaria (ONEP)", "Seini Seydou Zakaria")]
    public void Author_IsTheNameWithoutLabelRoleOrAffiliation(string byline, string expected) =>
        Assert.Equal(expected, Load(Headline, byline, Prose).Author);

    [Fact]
    public void Outlet_IsTheNewsroomSigningTheByline_AndThePersonIsTheAuthor()
    {
        var document = Load(Headline, "Par : RFI", "Avec notre correspondant régional, Serge Daniel", Prose);
        Assert.Equal(("Serge Daniel", "RFI"), (document.Author, document.Outlet));
    }

    [Fact]
    public void Author_IsEmpty_WhenOnlyTheOutletSigns()
    {
        var document = Load("Wakat Séra", "Politique", Headline, "Par Wakat Séra", Prose);
        Assert.Equal((string.Empty, "Wakat Séra"), (document.Author, document.Outlet));
    }

    [Fact]
    public void Outlet_KeepsTheDomainOfACopyrightLine_AndDropsItsYears()
    {
        Assert.Equal("LeFaso.net", Load(Headline, Prose, "© 2003-2024 LeFaso.net").Outlet);
        Assert.Equal("Studio Tamani", Load(Headline, Prose, "© Studio Tamani 2024").Outlet);
    }

    [Fact]
    public void Outlet_IsNotAPhotoCreditInsideTheArticle()
    {
        Assert.Equal("aniamey.com", Load("aNiamey.com", Headline, "© Autre presse par DR", Prose, Prose.Replace("mardi", "lundi", StringComparison.Ordinal)).Outlet);
    }

    [Fact]
    public void Outlet_IsAHeaderBrand_ThatTheWireDatelineRepeats()
    {
        Assert.Equal("Reuters", Load("Reuters", "World", Headline, "BAMAKO, April 11 (Reuters) - Mali's ruling junta on Wednesday suspended all activities of political parties.").Outlet);
    }

    [Fact]
    public void Outlet_IsNotAHeaderRubric_ThatTheProseMentions()
    {
        Assert.Equal(string.Empty, Load("Centre-Nord", Headline, "À Kaya, dans le Centre-Nord, les ministres ont signé mardi un accord de coopération militaire.").Outlet);
    }

    [Theory]
    [InlineData("Mali : Assimi Goïta promu général d'armée – Jeune Afrique", "jeuneafrique.com", "Mali : Assimi Goïta promu général d'armée")]
    [InlineData("Accord de défense | Sahel Info", "Sahel Info", "Accord de défense")]
    [InlineData("Niger - Mali : accord de défense", "Sahel Info", "Niger - Mali : accord de défense")]
    public void Title_DropsTheSiteNameAFeedAppended(string title, string outlet, string expected)
    {
        _folder.Write("a.json", $$"""{"title": "{{title}}", "maintext": "{{Prose}}", "source_domain": "{{outlet}}"}""");
        Assert.Equal(expected, Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents).Title);
    }

    private Document Load(params string[] lines)
    {
        _folder.Write("page.txt", string.Join("\n\n", lines));
        return Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);
    }
}
