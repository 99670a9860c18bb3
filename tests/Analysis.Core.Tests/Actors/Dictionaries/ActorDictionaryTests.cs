using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Actors.Dictionaries;

public sealed class ActorDictionaryTests
{
    [Fact]
    public void Parse_RaisesNoWarning_WhenEveryNameAndReferenceIsSound() =>
        Assert.Empty(TestDictionary.Sahel.Warnings);

    [Fact]
    public void Parse_ReadsCountryWithItsNameForms_WhenTheEntryIsValid()
    {
        var burkina = TestDictionary.Sahel.Find("bfa");

        Assert.NotNull(burkina);
        Assert.Equal("Burkina Faso", burkina.Name);
        Assert.Equal(ActorType.Country, burkina.Type);
        Assert.Equal(["Burkina", "Faso"], burkina.Aliases);
        Assert.Equal(["burkinabè", "burkinabé", "burkinabe", "burkinabès"], burkina.Demonyms);
        Assert.Equal(["burkinabo"], burkina.CombiningForms);
        Assert.Equal(ActorOrigin.Dictionary, burkina.Origin);
        Assert.Equal("test.yaml:2", burkina.Source);
    }

    [Theory]
    [InlineData("bfa", "bfa")]
    [InlineData("ner", "ner")]
    [InlineData("bamako", "mli")]
    [InlineData("fleuve-niger", "")]
    [InlineData("aes", "")]
    [InlineData("fama", "mli")]
    public void Parse_SetsCountry_WhenGivenOrWhenTheEntryIsACountry(string id, string country) =>
        Assert.Equal(country, TestDictionary.Sahel.Find(id)!.Country);

    [Fact]
    public void Parse_ReadsRolesWithPartialDates_WhenFromAndToHaveDifferentPrecisions()
    {
        var mody = TestDictionary.Sahel.Find("salifou-mody")!;
        var barmou = TestDictionary.Sahel.Find("moussa-salaou-barmou")!;

        var role = Assert.Single(mody.Roles);
        Assert.Equal("chef d'état-major général des armées", role.Title);
        Assert.Equal("ner", role.Organization);
        Assert.Equal(PartialDate.OfMonth(2020, 1), role.From);
        Assert.Equal(PartialDate.OfDay(2023, 8, 19), role.To);
        Assert.Equal(PartialDate.OfDay(2023, 8, 20), barmou.Roles[0].From);
        Assert.False(barmou.Roles[0].To.IsKnown);
    }

    [Fact]
    public void Parse_AcceptsABareListAndSingleValues_WhenTheActorsKeyIsLeftOut()
    {
        var dictionary = ActorDictionary.Parse("- id: aes\n  name: Alliance des États du Sahel\n  type: organisation\n  acronyms: AES\n", "test.yaml");

        var aes = Assert.Single(dictionary.Actors);
        Assert.Equal(ActorType.Organization, aes.Type);
        Assert.Equal(["AES"], aes.Acronyms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# rien encore\n")]
    [InlineData("actors: []\n")]
    public void Parse_ReturnsAnEmptyDictionary_WhenTheFileHoldsNoEntry(string yaml)
    {
        var dictionary = ActorDictionary.Parse(yaml, "test.yaml");

        Assert.Empty(dictionary.Actors);
        Assert.Empty(dictionary.Warnings);
    }

    [Fact]
    public void Parse_ThrowsWithLineAndColumn_WhenTheYamlIsMalformed()
    {
        const string yaml = "actors:\n  - id: mli\n    name: Mali: Bamako\n    type: country\n";

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith("test.yaml:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsNamingTheFieldAndItsLine_WhenAFieldIsMisspelt()
    {
        const string yaml = "actors:\n  - id: mli\n    name: Mali\n    alias: [Malí]\n    type: country\n";

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith("test.yaml:4:5:", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'alias'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsNamingTheField_WhenARoleFieldIsMisspelt()
    {
        const string yaml = "actors:\n  - id: x\n    name: X Y\n    type: person\n    roles:\n      - title: ministre\n        since: 2023\n";

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith("test.yaml:7:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'since'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actors:\n  - id: mli\n    type: country\n", "test.yaml:2:", "'name'")]
    [InlineData("actors:\n  - id: mli\n    name: Mali\n", "test.yaml:2:", "'type'")]
    [InlineData("actors:\n  - name: Mali\n    type: country\n", "test.yaml:2:", "'id'")]
    [InlineData("actors:\n  - id: mli\n    name: Mali\n    type: pays\n", "test.yaml:4:", "unknown type 'pays'")]
    [InlineData("actors:\n  - id: Mali\n    name: Mali\n    type: country\n", "test.yaml:2:", "'Mali'")]
    [InlineData("pays:\n  - id: mli\n", "test.yaml:1:", "'actors:'")]
    [InlineData("actors:\n  - mli\n", "test.yaml:2:", "mapping")]
    [InlineData("actors:\n  - id: mli\n    name: [Mali, Malí]\n    type: country\n", "test.yaml:3:", "'name'")]
    [InlineData("actors:\n  - id: x\n    name: X Y\n    type: person\n    roles: ministre\n", "test.yaml:5:", "'roles'")]
    [InlineData("actors:\n  - id: x\n    name: X Y\n    type: person\n    roles:\n      - from: 2020\n", "test.yaml:6:", "'title'")]
    public void Parse_ThrowsWithTheLineAtFault_WhenAnEntryIsInvalid(string yaml, string location, string detail)
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith(location, error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("août 2023")]
    [InlineData("23-08")]
    [InlineData("2023-02-30")]
    public void Parse_ThrowsWithTheLine_WhenARoleDateIsNotADate(string date)
    {
        var yaml = "actors:\n  - id: x\n    name: X Y\n    type: person\n    roles:\n"
            + $"      - {{title: ministre, organization: '', from: {date}}}\n";

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith("test.yaml:6:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{date}' is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsWithTheRoleLine_WhenFromIsAfterTo()
    {
        const string yaml = "actors:\n  - id: x\n    name: X Y\n    type: person\n    roles:\n      - title: ministre\n        from: 2024-01\n        to: 2023-12\n";

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith("test.yaml:6:", error.Message, StringComparison.Ordinal);
        Assert.Contains("after", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-08", "2023-08-05")]
    [InlineData("2023-08-10", "2023-08")]
    [InlineData("2023", "2023-01")]
    public void Parse_AcceptsTheRole_WhenFromAndToOverlapAtTheirPrecision(string from, string to)
    {
        var yaml = $"actors:\n  - id: x\n    name: X Y\n    type: person\n    roles:\n      - {{title: ministre, from: {from}, to: {to}}}\n";

        var role = Assert.Single(ActorDictionary.Parse(yaml, "test.yaml").Actors[0].Roles);

        Assert.Equal(from, role.From.ToString());
        Assert.Equal(to, role.To.ToString());
    }

    [Fact]
    public void Parse_ThrowsNamingBothLines_WhenAnIdIsUsedTwice()
    {
        const string yaml = "actors:\n  - id: mli\n    name: Mali\n    type: country\n  - id: mli\n    name: République du Mali\n    type: country\n";

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(yaml, "test.yaml"));

        Assert.StartsWith("test.yaml:5:", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'mli'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WarnsAndDropsDemonyms_WhenTheEntryIsNotACountry()
    {
        const string yaml = "actors:\n  - id: fama\n    name: Forces armées maliennes\n    type: organization\n    demonyms: [malien]\n";

        var dictionary = ActorDictionary.Parse(yaml, "test.yaml");

        Assert.Empty(dictionary.Actors[0].Demonyms);
        var warning = Assert.Single(dictionary.Warnings);
        Assert.StartsWith("test.yaml:2", warning.Location, StringComparison.Ordinal);
        Assert.Contains("'fama'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_WarnsWithTheEntry_WhenItsCountryIsDefinedNowhere()
    {
        const string yaml = "actors:\n  - id: mli\n    name: Mali\n    type: country\n  - id: oumar-diarra\n    name: Oumar Diarra\n    type: person\n    country: mali\n";

        var warning = Assert.Single(ActorDictionary.Empty.Extend(ActorDictionary.Parse(yaml, "test.yaml")).Warnings);

        Assert.Equal("test.yaml:5", warning.Location);
        Assert.Contains("'mali'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_WarnsWithTheEntry_WhenARoleIsHeldInAnUnknownOrganization()
    {
        const string yaml = "actors:\n  - id: oumar-diarra\n    name: Oumar Diarra\n    type: person\n    roles:\n      - {title: chef d'état-major général des armées, organization: fama}\n";

        var warning = Assert.Single(ActorDictionary.Empty.Extend(ActorDictionary.Parse(yaml, "test.yaml")).Warnings);

        Assert.Equal("test.yaml:2", warning.Location);
        Assert.Contains("'fama'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ReturnsNull_WhenNoEntryHasTheId()
    {
        Assert.Null(TestDictionary.Sahel.Find("tcd"));
        Assert.Null(TestDictionary.Sahel.Find("Mali"));
    }
}
