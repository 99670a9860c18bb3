using Analysis.Briefing;
using Microsoft.Data.Analysis;

namespace Analysis.Briefing.Tests;

/// <summary>The runner's actor outputs and its <c>--actors</c> option, as a user meets them.</summary>
public sealed class ActorOptionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "actor-option-tests-" + Guid.NewGuid().ToString("N"));

    public ActorOptionTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string OutFolder => Path.Combine(_root, "out");

    [Fact]
    public void Run_WritesMentionsAndActorsCsv_ForTheSeeds()
    {
        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("mentions.csv", stdout, StringComparison.Ordinal);
        var actors = ReadCsv("actors.csv", 10);
        var mentions = ReadCsv("mentions.csv", 11);
        var names = actors.Rows.Select(r => (string)r["actor"]).ToList();
        // 001 names Mubarak Muganga, whom the default dictionary leaves to discovery.
        var muganga = actors.Rows.Single(r => ((string)r["actor"]).Contains("Muganga", StringComparison.Ordinal));
        Assert.Equal("discovered", muganga["origin"]);
        Assert.Equal("person", muganga["type"]);
        // 002 names Mamadou COULYBALI only as its byline: never an actor.
        Assert.DoesNotContain(names, n => n.Contains("Coulybali", StringComparison.OrdinalIgnoreCase));
        // Every mention points to an actor of actors.csv.
        var ids = actors.Rows.Select(r => (string)r["actor_id"]).ToHashSet();
        Assert.All(mentions.Rows, m => Assert.Contains((string)m["actor_id"], ids));
    }

    [Theory]
    [InlineData("mine.yaml", "actors:\n  - id: zorglub\n    name: Zorglub national\n    type: organization\n    country: mli\n", "zorglub")]
    [InlineData("mine.csv", "name,type,country,aliases\nZorglub national,Organization,mli,ZN|le Zorglub\n", "zorglub-national")]
    [InlineData("mine.tsv", "name\ttype\tcountry\nZorglub national\torganization\tmli\n", "zorglub-national")]
    public void Run_FindsActorsOfTheUsersDictionary_WhetherYamlOrASpreadsheetTable(string file, string content, string id)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "Le Zorglub national a rencontré le Mali à Bamako le 3 mars 2024.\n\nLe Zorglub national et le Mali ont signé un accord.\n");
        var dictionary = Path.Combine(_root, file);
        File.WriteAllText(dictionary, content);

        var (code, _, stderr) = Runner.Run("--corpus", corpus, "--out", OutFolder, "--actors", dictionary);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var rows = ReadCsv("actors.csv", 10).Rows.ToDictionary(r => (string)r["actor_id"], r => r);
        Assert.Equal(("Mali", "dictionary"), ((string)rows[id]["country"], (string)rows[id]["origin"]));
        Assert.Contains("mli", rows.Keys);
    }

    [Fact]
    public void Run_FailsWithLineAndColumn_WhenTheDictionaryIsMalformed()
    {
        var dictionary = Path.Combine(_root, "bad.yaml");
        File.WriteAllText(dictionary, "actors:\n  - id: x\n    name: [Unclosed\n    type: person\n");

        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--actors", dictionary);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith($"error: {dictionary}:", stderr, StringComparison.Ordinal);
        Assert.Matches(@"bad\.yaml:\d+:\d+: not valid YAML", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(OutFolder), "nothing is written when the dictionary cannot be read");
    }

    [Fact]
    public void Run_NamesTheMisspeltField_WhenTheDictionaryHasAnUnknownField()
    {
        var dictionary = Path.Combine(_root, "typo.yaml");
        File.WriteAllText(dictionary, "actors:\n  - id: x\n    name: X\n    type: person\n    alias: [Y]\n");

        var (code, _, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--actors", dictionary);

        Assert.Equal(1, code);
        Assert.Contains("typo.yaml:5:5: unknown field 'alias'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintsAWarning_WhenTheUsersDictionaryTakesAnAliasFromTheDefault()
    {
        var dictionary = Path.Combine(_root, "steal.yaml");
        File.WriteAllText(dictionary, "actors:\n  - id: my-mali\n    name: Mon Mali\n    type: country\n    aliases: [Mali]\n");

        var (code, _, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--actors", dictionary);

        Assert.Equal(0, code);
        Assert.Contains("warning: ", stderr, StringComparison.Ordinal);
        Assert.Contains("'Mali'", stderr, StringComparison.Ordinal);
        Assert.Contains("my-mali", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailsNamingBothLines_WhenTheDictionaryUsesAnIdTwice()
    {
        var dictionary = Path.Combine(_root, "twice.yaml");
        File.WriteAllText(dictionary, "actors:\n  - id: x\n    name: Xavier Un\n    type: person\n  - id: x\n    name: Xavier Deux\n    type: person\n");

        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--actors", dictionary);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("twice.yaml:5", stderr, StringComparison.Ordinal);
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WarnsNamingBothEntriesAndTheirLines_WhenTwoActorsShareAnAlias()
    {
        var dictionary = Path.Combine(_root, "shared.yaml");
        File.WriteAllText(dictionary, "actors:\n  - id: a\n    name: Alpha Un\n    type: person\n    aliases: [Le Chef]\n  - id: b\n    name: Beta Deux\n    type: person\n    aliases: [le chef]\n");

        var (code, _, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--actors", dictionary);

        Assert.Equal(0, code);
        var warning = Assert.Single(stderr.Split('\n'), line => line.StartsWith("warning: ", StringComparison.Ordinal) && line.Contains("Le Chef", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("shared.yaml:2", warning, StringComparison.Ordinal);
        Assert.Contains("shared.yaml:6", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailsWithExitCode1_WhenTheDictionaryFileIsMissing()
    {
        var (code, _, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", OutFolder, "--actors", Path.Combine(_root, "none.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("not found", stderr, StringComparison.Ordinal);
    }

    private DataFrame ReadCsv(string name, int columns) =>
        DataFrame.LoadCsv(Path.Combine(OutFolder, "data", name), dataTypes: [.. Enumerable.Repeat(typeof(string), columns)]);
}
