using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Tests.Actors.Dictionaries;

public sealed class AliasClaimsTests
{
    private const string BaseYaml = """
        actors:
          - id: mli
            name: Mali
            type: country
            demonyms: [malien, maliens]
          - id: bfa
            name: Burkina Faso
            type: country
            aliases: [Burkina, Faso]
          - id: aes
            name: Alliance des États du Sahel
            type: organization
            acronyms: [AES]
        """;

    private static ActorDictionary Base => ActorDictionary.Parse(BaseYaml, "base.yaml");

    [Theory]
    [InlineData("Sahel", "sahel")]
    [InlineData("Goïta", "GOITA")]
    [InlineData("Côte d’Ivoire", "cote d'ivoire")]
    public void Parse_WarnsNamingBothEntries_WhenTwoEntriesShareAFoldedName(string first, string second)
    {
        var yaml = $"actors:\n  - id: a\n    name: Acteur Un\n    type: person\n    aliases: [{first}]\n"
            + $"  - id: b\n    name: Acteur Deux\n    type: person\n    aliases: [\"{second}\"]\n";

        var warning = Assert.Single(ActorDictionary.Parse(yaml, "test.yaml").Warnings);

        Assert.Equal("test.yaml:6", warning.Location);
        Assert.Contains("'a' (test.yaml:2)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'b' (test.yaml:6)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindAll_MatchesNeitherEntry_WhenTwoEntriesOfOneFileShareAnAlias()
    {
        const string yaml = "actors:\n  - id: mli\n    name: Mali\n    type: country\n    aliases: [Sahel]\n"
            + "  - id: g5\n    name: G5 Sahel\n    type: organization\n    aliases: [Sahel]\n";
        var automaton = ActorDictionary.Parse(yaml, "test.yaml").BuildAutomaton();
        var tokens = TokenList.Create("Le Sahel et le Mali");

        var match = Assert.Single(automaton.FindAll(tokens));

        Assert.Equal("mli", match.Entry.Actor.Id);
        Assert.Equal(4, match.First);
        Assert.Equal(["g5", "mli"], automaton.Lookup("Sahel").Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_RaisesNoWarning_WhenOneEntryRepeatsItsOwnNameAsAnAlias()
    {
        const string yaml = "actors:\n  - id: mli\n    name: Mali\n    type: country\n    aliases: [MALI, Mali]\n";

        Assert.Empty(ActorDictionary.Parse(yaml, "test.yaml").Warnings);
    }

    [Fact]
    public void Extend_ReplacesTheEntry_WhenTheOverlayUsesAnExistingId()
    {
        var overlay = ActorDictionary.Parse("actors:\n  - id: mli\n    name: République du Mali\n    type: country\n", "mine.yaml");

        var merged = Base.Extend(overlay);

        Assert.Equal(3, merged.Actors.Count);
        Assert.Equal("République du Mali", merged.Find("mli")!.Name);
        Assert.Empty(merged.Find("mli")!.Demonyms);
        Assert.Empty(merged.BuildAutomaton().FindAll(TokenList.Create("les soldats maliens")));
    }

    [Fact]
    public void Extend_AddsTheEntry_WhenTheOverlayHasANewId()
    {
        var overlay = ActorDictionary.Parse("actors:\n  - id: ner\n    name: Niger\n    type: country\n", "mine.yaml");

        var merged = Base.Extend(overlay);

        Assert.Equal(["mli", "bfa", "aes", "ner"], merged.Actors.Select(a => a.Id));
        Assert.Equal("Mali", merged.Find("mli")!.Name);
        Assert.Empty(merged.Warnings);
    }

    [Fact]
    public void Extend_GivesTheAcronymToTheOverlayWithAWarning_WhenBothClaimIt()
    {
        var overlay = ActorDictionary.Parse("actors:\n  - id: conf-aes\n    name: Confédération des États du Sahel\n    type: organization\n    acronyms: [AES]\n", "mine.yaml");

        var merged = Base.Extend(overlay);

        Assert.Empty(merged.Find("aes")!.Acronyms);
        var warning = Assert.Single(merged.Warnings);
        Assert.Equal("mine.yaml:2", warning.Location);
        Assert.Contains("'AES'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'aes' (base.yaml:10)", warning.Message, StringComparison.Ordinal);
        var match = Assert.Single(merged.BuildAutomaton().FindAll(TokenList.Create("les chefs de l'AES")));
        Assert.Equal("conf-aes", match.Entry.Actor.Id);
    }

    [Fact]
    public void Extend_GivesTheAliasToTheOverlay_WhenItIsWrittenWithOtherCaseOrAccents()
    {
        var overlay = ActorDictionary.Parse("actors:\n  - id: faso-party\n    name: Parti du Faso\n    type: organization\n    aliases: [FASO]\n", "mine.yaml");

        var merged = Base.Extend(overlay);

        Assert.Equal(["Burkina"], merged.Find("bfa")!.Aliases);
        Assert.Single(merged.Warnings);
        var match = Assert.Single(merged.BuildAutomaton().FindAll(TokenList.Create("le Faso")));
        Assert.Equal("faso-party", match.Entry.Actor.Id);
    }

    [Fact(Skip = "defect: an overlay alias equal to a base entry's canonical name leaves both claims in the automaton, so the name matches neither although the warning says it now names the overlay's entry only")]
    public void Extend_GivesTheNameToTheOverlay_WhenItIsABaseEntrysCanonicalName()
    {
        var overlay = ActorDictionary.Parse("actors:\n  - id: mali-empire\n    name: Empire du Mali\n    type: place\n    aliases: [Mali]\n", "mine.yaml");

        var merged = Base.Extend(overlay);

        Assert.Single(merged.Warnings);
        var match = Assert.Single(merged.BuildAutomaton().FindAll(TokenList.Create("au Mali")));
        Assert.Equal("mali-empire", match.Entry.Actor.Id);
    }

    [Fact]
    public void Extend_KeepsTheOverlaysOwnWarnings_WhenItsEntriesShareAName()
    {
        const string overlayYaml = "actors:\n  - id: x\n    name: Ali Baba\n    type: person\n  - id: y\n    name: Ali Baba\n    type: person\n";

        var merged = Base.Extend(ActorDictionary.Parse(overlayYaml, "mine.yaml"));

        var warning = Assert.Single(merged.Warnings);
        Assert.Contains("'x' (mine.yaml:2)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_WarnsOfTheOverlayEntry_WhenItsCountryIsDefinedInNeitherFile()
    {
        var overlay = ActorDictionary.Parse("actors:\n  - id: mahamat-deby\n    name: Mahamat Déby\n    type: person\n    country: tcd\n", "mine.yaml");

        var merged = Base.Extend(overlay);

        var warning = Assert.Single(merged.Warnings);
        Assert.Equal("mine.yaml:2", warning.Location);
        Assert.Contains("'tcd'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_RaisesNoWarning_WhenTheOverlayReferencesACountryOfTheBase()
    {
        var overlay = ActorDictionary.Parse(
            "actors:\n  - id: oumar-diarra\n    name: Oumar Diarra\n    type: person\n    country: mli\n    roles:\n      - {title: chef d'état-major général des armées, organization: mli, from: 2020-09}\n",
            "mine.yaml");

        var merged = Base.Extend(overlay);

        Assert.Empty(merged.Warnings);
    }
}
