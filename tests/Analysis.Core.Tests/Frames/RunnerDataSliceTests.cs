using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Frames;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Tests.Frames;

public sealed class RunnerDataSliceTests
{
    private static Analysis.Core.Cooccurrence.CooccurrenceAnalysis Seeds => RunnerDataFolder.Seeds;

    [Fact]
    public void Load_StopsAtTheRowLimit_WhenMaxRowsIsSet()
    {
        using var folder = new RunnerDataFolder();

        var data = RunnerData.Load(folder.Path, new RunnerDataOptions { MaxRows = 2 });

        Assert.Equal(2, data.Documents.Rows.Count);
        Assert.Equal(2, data.Mentions.Rows.Count);
        Assert.Equal(2, data.Cooccurrence.Rows.Count);
        Assert.Equal(Seeds.Actors.Actors.Count, data.Actors.Rows.Count);
        // The mentions are of the documents kept.
        var kept = data.Documents["doc_id"].Cast<string>().ToHashSet();
        Assert.All(data.Mentions["doc_id"].Cast<string>(), id => Assert.Contains(id, kept));
        Assert.True(data.Summary.BytesRead <= folder.Bytes);
    }

    [Fact]
    public void Load_KeepsOnlyWhatLiesInTheRange_WhenFromAndToAreSet()
    {
        using var folder = new RunnerDataFolder();
        var (from, to) = (new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30));

        var data = RunnerData.Load(folder.Path, new RunnerDataOptions { From = from, To = to });

        var expected = Seeds.Actors.Documents.Select(d => d.Document).Where(d => d.Date.Value.IsKnown && d.Date.Value.FirstDay >= from && d.Date.Value.LastDay <= to).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(d => d.Id), data.Documents["doc_id"].Cast<string>());
        Assert.Equal(Seeds.Actors.Mentions.Count(m => expected.Any(d => d.Id == m.DocumentId)), data.Mentions.Rows.Count);
        Assert.NotEqual(0, data.Cooccurrence.Rows.Count);
        Assert.All(data.Cooccurrence["period"].Cast<string>(), label =>
        {
            var period = Period.Parse(label);
            Assert.True(period.Start >= from && period.End <= to, label);
        });
    }

    [Fact]
    public void Load_KeepsTheActorsMentionsAndTies_WhenActorsAreGiven()
    {
        using var folder = new RunnerDataFolder();

        var data = RunnerData.Load(folder.Path, new RunnerDataOptions { Actors = ["Assimi Goïta"] });

        var goita = data.ActorKey("Assimi Goïta")!.Value;
        Assert.Equal(Seeds.Actors.Mentions.Count(m => m.Actor.Name == "Assimi Goïta"), data.Mentions.Rows.Count);
        Assert.All(((Int32DataFrameColumn)data.Mentions["actor_key"]).Cast<int?>(), k => Assert.Equal(goita, k));
        Assert.Equal(Seeds.Pairs.Count(p => p.A.Name == "Assimi Goïta" || p.B.Name == "Assimi Goïta"), data.Cooccurrence.Rows.Count);
        Assert.Equal(Seeds.Actors.Documents.Count, data.Documents.Rows.Count);
    }

    [Fact]
    public void Load_Throws_WhenAnActorIsNotInTheFiles()
    {
        using var folder = new RunnerDataFolder();

        var error = Assert.Throws<RunnerDataException>(() => RunnerData.Load(folder.Path, new RunnerDataOptions { Actors = ["Nobody Known"] }));
        Assert.Contains("Nobody Known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RestoresTheCells_WhenTheWriterNeutralisedThemAgainstFormulas()
    {
        var documents = Seeds.Documents.Select((d, i) => i == 0 ? d with { Title = "=HYPERLINK(\"http://x\")", Outlet = "+Sahel" } : d).ToList();
        var mentions = Seeds.Actors.Mentions.Select((m, i) => i == 0 ? m with { Surface = "-Goïta", Title = "@chef" } : m).ToList();
        using var folder = new RunnerDataFolder(documents, mentions);
        Assert.Contains("'=HYPERLINK", File.ReadAllText(Path.Combine(folder.Path, "documents.csv")), StringComparison.Ordinal);

        var data = RunnerData.Load(folder.Path);

        Assert.Equal("=HYPERLINK(\"http://x\")", data.Documents["title"][0]);
        Assert.Equal("+Sahel", data.Documents["outlet"][0]);
        Assert.Equal("-Goïta", data.Mentions["surface"][0]);
        Assert.Equal("@chef", data.Mentions["title"][0]);
        Assert.Equal(documents.Select(d => d.Title), data.Documents["title"].Cast<string>());
        Assert.Equal(mentions.Select(m => m.Surface), data.Mentions["surface"].Cast<string>());
    }

    [Fact]
    public void Load_ReadsTheMentions_WhenTheFileHasNoParagraphColumn()
    {
        var older = new Table<Analysis.Core.Actors.Mention>("mentions", [.. ActorTables.Mentions.Columns.Where(c => c.Name != "paragraph")]);
        using var folder = new RunnerDataFolder(mentionsTable: older);

        var data = RunnerData.Load(folder.Path);

        Assert.DoesNotContain("paragraph", data.Mentions.Columns.Select(c => c.Name));
        Assert.Equal(Seeds.Actors.Mentions.Count(), data.Mentions.Rows.Count);
        Assert.IsType<Int32DataFrameColumn>(data.Mentions["sentence"]);
    }

    [Fact]
    public void Load_GivesAKey_WhenAnActorIsMissingFromActorsCsv()
    {
        var actors = Seeds.Actors.Actors.Where(a => a.Actor.Name != "Assimi Goïta").ToList();
        using var folder = new RunnerDataFolder(actors: actors);

        var data = RunnerData.Load(folder.Path);

        var key = data.ActorKey("Assimi Goïta");
        Assert.Equal(actors.Count, key);
        Assert.Equal(actors.Count + 1, data.Actors.Rows.Count);
        Assert.Equal("person", data.Actors["type"][key!.Value]);
        Assert.Null(data.Actors["documents"][key.Value]);
    }

    [Fact]
    public void Load_Throws_WhenAFileIsMissing()
    {
        using var folder = new RunnerDataFolder();
        File.Delete(Path.Combine(folder.Path, "mentions.csv"));

        var error = Assert.Throws<RunnerDataException>(() => RunnerData.Load(folder.Path));
        Assert.Contains("mentions.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThrowsNamingTheRow_WhenANumberDoesNotParse()
    {
        using var folder = new RunnerDataFolder();
        var path = Path.Combine(folder.Path, "documents.csv");
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2][..lines[2].LastIndexOf(',')] + ",many";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<RunnerDataException>(() => RunnerData.Load(folder.Path));
        Assert.Equal("documents.csv, row 2: 'chars' should be a whole number, not 'many'.", error.Message);
    }

    [Fact]
    public void Load_ReadsTheHeader_WhenAFileStartsWithAByteOrderMark()
    {
        using var folder = new RunnerDataFolder();
        var path = Path.Combine(folder.Path, "documents.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);

        var data = RunnerData.Load(folder.Path);

        Assert.Equal("doc_id", data.Documents.Columns[0].Name);
        Assert.Equal(Seeds.Actors.Documents.Count, data.Documents.Rows.Count);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-3", "'-3")]
    [InlineData("plain", "plain")]
    [InlineData("'quoted'", "'quoted'")]
    public void Restore_UndoesNeutralise_WhenGivenItsOutput(string value, string neutralised)
    {
        Assert.Equal(neutralised, SpreadsheetSafety.Neutralise(value));
        Assert.Equal(value, SpreadsheetSafety.Restore(neutralised));
    }

    [Fact]
    public void Load_Throws_WhenTheRangeEndsBeforeItStarts()
    {
        using var folder = new RunnerDataFolder();

        Assert.Throws<ArgumentException>(() => RunnerData.Load(folder.Path, new RunnerDataOptions { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 1, 1) }));
    }
}
