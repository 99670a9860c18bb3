using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.Tests.Support;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Actors;

public sealed class ActorTablesTests
{
    [Fact]
    public void Mentions_HasTheContractsColumns_WhenWrittenAsCsv() =>
        Assert.Equal("doc_id,actor_id,actor,type,surface,start,end,sentence,origin,title,paragraph", string.Join(',', ActorTables.Mentions.Header));

    [Fact]
    public void Actors_HasTheContractsColumns_WhenWrittenAsCsv() =>
        Assert.Equal("actor_id,actor,type,country,origin,documents,mentions,first_date,last_date,aliases", string.Join(',', ActorTables.Actors.Header));

    [Fact]
    public void Mentions_WritesOneRowPerMention_WhenGivenAnExtractedDocument()
    {
        var document = TestDictionary.Extract("Le Mali a signé. Le général Célestin Simporé parle.");
        var id = document.Document.Id;

        var rows = Csv(ActorTables.Mentions, document.Mentions).Split("\r\n");

        Assert.Equal($"{id},mli,Mali,country,Mali,3,7,0,dictionary,,0", rows[1]);
        Assert.Equal($"{id},celestin-simpore,Célestin Simporé,person,Célestin Simporé,28,44,1,dictionary,général,0", rows[2]);
    }

    [Fact]
    public void Actors_WritesCountryNameDatesAndAliases_WhenGivenTheCatalogsSummaries()
    {
        var extractor = TestDictionary.Extractor();
        var catalog = new ActorCatalog(TestDictionary.Sahel);
        catalog.Add(extractor.Extract(TestDocuments.Article("Célestin Simporé parle. Le général SIMPORÉ conclut.", "2023-08")));
        catalog.Add(extractor.Extract(TestDocuments.Article("Célestin Simporé revient.", "2024-11-06")));

        var rows = Csv(ActorTables.Actors, catalog.Summaries()).Split("\r\n");

        Assert.Equal("celestin-simpore,Célestin Simporé,person,Burkina Faso,dictionary,2,3,2023-08,2024-11-06,Célestin Simporé|SIMPORÉ", rows[1]);
    }

    [Fact]
    public void Mentions_NeutralisesFreeTextButNotIdentifiers_WhenACellStartsLikeAFormula()
    {
        var actor = new Actor { Id = "=id", Name = "@Mali", Type = ActorType.Country };
        var mention = new Mention("-doc", actor, "=1+1", new TextSpan(0, 4), 0, MentionOrigin.Discovered, "+général", SegmentKind.Content);

        var row = Csv(ActorTables.Mentions, [mention]).Split("\r\n")[1];

        Assert.Equal("-doc,=id,'@Mali,country,'=1+1,0,4,0,discovered,'+général,-1", row);
    }

    [Fact]
    public void ToDataFrame_KeepsTheSurfaceAsWritten_WhenItStartsLikeAFormula()
    {
        var actor = new Actor { Id = "mli", Name = "Mali", Type = ActorType.Country };
        var mention = new Mention("doc", actor, "=1+1", new TextSpan(0, 4), 0, MentionOrigin.Dictionary, string.Empty, SegmentKind.Content);

        var frame = new[] { mention }.ToDataFrame();

        Assert.Equal(ActorTables.Mentions.Header, frame.Columns.Select(c => c.Name));
        Assert.Equal("=1+1", frame["surface"][0]);
        Assert.Equal(0, frame["start"][0]);
    }

    [Theory]
    [InlineData(ActorType.Person, "person")]
    [InlineData(ActorType.Organization, "organization")]
    [InlineData(ActorType.Country, "country")]
    [InlineData(ActorType.Place, "place")]
    public void TypeName_SpellsTheTypeAsTheContractDoes_WhenGivenAnyType(ActorType type, string expected) =>
        Assert.Equal(expected, ActorTables.TypeName(type));

    private static string Csv<T>(Table<T> table, IEnumerable<T> rows)
    {
        using var writer = new StringWriter();
        table.WriteCsv(rows, writer);
        return writer.ToString();
    }
}
