using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors.Dictionaries;

/// <summary>The dictionary as a spreadsheet: CSV or TSV with name, type, country and aliases.</summary>
public sealed class ActorTableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ParseTable_ReadsEachRow_WithItsAliasesAndAnIdMadeFromTheName()
    {
        var dictionary = ActorDictionary.ParseTable("name,type,country,aliases\nZorglub Koné,Person,mli,Z. Koné|le Zorglub\nForce du Liptako,organization,,FDL\n", ',');

        var zorglub = Assert.Single(dictionary.Actors, a => a.Id == "zorglub-kone");
        Assert.Equal(("Zorglub Koné", ActorType.Person, "mli"), (zorglub.Name, zorglub.Type, zorglub.Country));
        Assert.Equal(["Z. Koné", "le Zorglub"], zorglub.Aliases);
        Assert.Equal("actors.csv:2", zorglub.Source);
        Assert.Equal(ActorType.Organization, Assert.Single(dictionary.Actors, a => a.Id == "force-du-liptako").Type);
    }

    [Fact]
    public void Load_ReadsATabSeparatedFile_AndTheExtractorFindsItsActors()
    {
        var path = _folder.Write("mine.tsv", "name\ttype\taliases\nZorglub Koné\tperson\tle Zorglub\n");

        var extracted = new ActorExtractor(ActorDictionary.Default.Extend(ActorDictionary.Load(path)))
            .Extract(TestDocuments.Article("Le Zorglub a rencontré Assimi Goïta à Bamako."));

        Assert.Contains(extracted.Actors, a => a.Id == "zorglub-kone");
        Assert.Contains(extracted.Actors, a => a.Id == "assimi-goita");
    }

    [Fact]
    public void Load_ReadsWhatAFrenchSpreadsheetSaves_SemicolonsInWindows1252()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = _folder.Write("mine.csv", System.Text.Encoding.GetEncoding(1252).GetBytes("name;type;country;aliases\r\nZorglub Koné;person;mli;le Zorglub\r\n"));

        var zorglub = Assert.Single(ActorDictionary.Load(path).Actors);

        Assert.Equal(("zorglub-kone", "Zorglub Koné", "mli"), (zorglub.Id, zorglub.Name, zorglub.Country));
    }

    [Fact]
    public void Extend_ReplacesTheBuiltInActor_WhenARowNamesIt()
    {
        var overlay = ActorDictionary.ParseTable("name,type,aliases\nAssimi Goïta,person,le chef de la transition\n", ',');

        var goita = ActorDictionary.Default.Extend(overlay).Find("assimi-goita");

        Assert.Equal(["le chef de la transition"], goita!.Aliases);
    }

    [Theory]
    [InlineData("name,type\nX Y,animal\n", "actors.csv:2: unknown type 'animal' for 'X Y'")]
    [InlineData("name,type\n,person\n", "actors.csv:2: the row has no name")]
    [InlineData("name,kind\nX Y,person\n", "actors.csv:1: unknown column 'kind'")]
    [InlineData("name,aliases\nX Y,Z\n", "actors.csv:1: the header row must name the columns 'name' and 'type'")]
    [InlineData("name,type\nX Y,person\n\nX Y,organization\n", "actors.csv:4: the id 'x-y' is already used on line 2")]
    public void ParseTable_ThrowsNamingTheLine_WhenARowOrTheHeaderIsWrong(string table, string message)
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.ParseTable(table, ','));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseTable_WarnsNamingBothRows_WhenTwoShareAnAlias()
    {
        var dictionary = ActorDictionary.ParseTable("name,type,aliases\nAlpha Un,person,Le Chef\nBeta Deux,person,le chef\n", ',');

        var warning = Assert.Single(dictionary.Warnings);
        Assert.Contains("actors.csv:2", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("actors.csv:3", warning.ToString(), StringComparison.Ordinal);
    }
}
