using Analysis.Core.Frames;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Tests.Frames;

public sealed class RunnerDataTests : IClassFixture<RunnerDataTests.SeedData>
{
    private readonly SeedData _seeds;

    public RunnerDataTests(SeedData seeds) => _seeds = seeds;

    private static Analysis.Core.Cooccurrence.CooccurrenceAnalysis Seeds => RunnerDataFolder.Seeds;

    [Fact]
    public void Load_TypesEveryColumn_WhenReadingTheSeeds()
    {
        var data = _seeds.Data;

        Assert.IsType<Int32DataFrameColumn>(data.Documents["chars"]);
        Assert.IsType<StringDataFrameColumn>(data.Documents["date"]);
        foreach (var name in new[] { "actor_key", "start", "end", "sentence", "paragraph" })
        {
            Assert.IsType<Int32DataFrameColumn>(data.Mentions[name]);
        }

        Assert.IsType<StringDataFrameColumn>(data.Mentions["surface"]);
        Assert.IsType<Int32DataFrameColumn>(data.Actors["documents"]);
        foreach (var name in new[] { "actor_a_key", "actor_b_key", "documents", "stories", "weight", "windows" })
        {
            Assert.IsType<Int32DataFrameColumn>(data.Cooccurrence[name]);
        }

        foreach (var name in new[] { "jaccard", "pmi", "npmi", "g2" })
        {
            Assert.IsType<DoubleDataFrameColumn>(data.Cooccurrence[name]);
        }
    }

    [Fact]
    public void Load_LeavesOutTheColumnsTheKeysStandFor_WhenActorsBecomeKeys()
    {
        var data = _seeds.Data;

        Assert.Equal(["doc_id", "actor_key", "surface", "start", "end", "sentence", "origin", "title", "paragraph"], data.Mentions.Columns.Select(c => c.Name));
        Assert.Equal(["period", "actor_a_key", "actor_b_key", "window"], data.Cooccurrence.Columns.Take(4).Select(c => c.Name));
        Assert.Equal(["actor_key", "actor_id", "actor"], data.Actors.Columns.Take(3).Select(c => c.Name));
    }

    [Fact]
    public void Load_KeysPointAtTheActorOfEachRow_WhenMentionsAndTiesAreRead()
    {
        var data = _seeds.Data;
        var mentions = Seeds.Actors.Mentions.ToList();
        var keys = (Int32DataFrameColumn)data.Mentions["actor_key"];

        Assert.Equal(mentions.Select(m => m.Actor.Id), keys.Select(k => data.ActorId(k!.Value)));
        Assert.Equal(mentions.Select(m => m.Actor.Name), keys.Select(k => data.ActorName(k!.Value)));
        Assert.Equal(Seeds.Pairs.Select(p => p.A.Id), ((Int32DataFrameColumn)data.Cooccurrence["actor_a_key"]).Select(k => data.ActorId(k!.Value)));
        Assert.Equal(Seeds.Pairs.Select(p => p.B.Id), ((Int32DataFrameColumn)data.Cooccurrence["actor_b_key"]).Select(k => data.ActorId(k!.Value)));
        Assert.Equal(Enumerable.Range(0, (int)data.Actors.Rows.Count), ((Int32DataFrameColumn)data.Actors["actor_key"]).Select(k => k!.Value));
    }

    [Fact]
    public void Load_SharesOneInstance_WhenStringsAreEqual()
    {
        var data = _seeds.Data;
        var docIds = (StringDataFrameColumn)data.Mentions["doc_id"];
        var origins = (StringDataFrameColumn)data.Mentions["origin"];
        var periods = (StringDataFrameColumn)data.Cooccurrence["period"];
        var windows = (StringDataFrameColumn)data.Cooccurrence["window"];

        var document = Enumerable.Range(0, (int)data.Documents.Rows.Count).Select(r => (string)data.Documents["doc_id"][r]).First(id => docIds.Contains(id));
        Assert.All(docIds.Where(id => id == document), id => Assert.Same(document, id));
        Assert.All(origins.Where(o => o == "dictionary"), o => Assert.Same(origins.First(x => x == "dictionary"), o));
        Assert.All(periods.Where(p => p == "all"), p => Assert.Same(periods.First(x => x == "all"), p));
        Assert.All(windows.Where(w => w == "sentence"), w => Assert.Same(windows.First(x => x == "sentence"), w));
        Assert.Same(data.Actors["type"][0], Enumerable.Range(1, (int)data.Actors.Rows.Count - 1).Select(r => data.Actors["type"][r]).First(t => Equals(t, data.Actors["type"][0])));
    }

    [Fact]
    public void Load_CountsWhatItLoaded_InTheSummary()
    {
        var summary = _seeds.Data.Summary;

        Assert.Equal(Seeds.Actors.Documents.Count, summary.Documents);
        Assert.Equal(Seeds.Actors.Mentions.Count(), summary.Mentions);
        Assert.Equal(Seeds.Actors.Actors.Count, summary.Actors);
        Assert.Equal(Seeds.Pairs.Count, summary.Cooccurrence);
        Assert.Equal(summary.Documents + summary.Mentions + summary.Actors + summary.Cooccurrence, summary.RowsRead);
        Assert.Equal(Seeds.Actors.Documents.Count, summary.DistinctDocuments);
        Assert.Equal(Seeds.Actors.Mentions.Select(m => m.Actor.Id).Concat(Seeds.Pairs.SelectMany(p => new[] { p.A.Id, p.B.Id })).Distinct().Count(), summary.DistinctActors);
        Assert.Equal(_seeds.Folder.Bytes, summary.BytesRead);
        Assert.True(summary.ManagedBytes >= 0);
        Assert.StartsWith($"rows kept: documents {summary.Documents}, mentions {summary.Mentions}, actors {summary.Actors}, cooccurrence {summary.Cooccurrence:N0}, of {summary.RowsRead:N0} read;", summary.ToString(), StringComparison.Ordinal);
        Assert.Contains(" s, ~", summary.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" s, ~", summary.Describe(costs: false), StringComparison.Ordinal);
    }

    [Fact]
    public void WithActorNames_FollowsEachKeyWithTheActorsName_WhenShowingRows()
    {
        var data = _seeds.Data;

        var shown = data.WithActorNames(data.Cooccurrence.Head(3));

        Assert.Equal(["period", "actor_a_key", "actor_a", "actor_b_key", "actor_b", "window"], shown.Columns.Take(6).Select(c => c.Name));
        Assert.Equal(Seeds.Pairs.Take(3).Select(p => p.A.Name), shown["actor_a"].Cast<string>());
        Assert.Equal(3, shown.Rows.Count);
    }

    [Fact]
    public void ActorKey_FindsTheActor_WhenGivenItsNameOrId()
    {
        var data = _seeds.Data;
        var key = data.ActorKey("assimi goïta");

        Assert.NotNull(key);
        Assert.Equal(key, data.ActorKey(data.ActorId(key.Value)));
        Assert.Null(data.ActorKey("nobody at all"));
    }

    [Fact]
    public void Load_FindsTheDataFolder_WhenGivenTheRunnersOutputFolder()
    {
        using var output = new Support.TempFolder();
        var data = System.IO.Path.Combine(output.Path, "data");
        Directory.CreateDirectory(data);
        foreach (var file in RunnerData.FileNames)
        {
            File.Copy(System.IO.Path.Combine(_seeds.Folder.Path, file), System.IO.Path.Combine(data, file));
        }

        Assert.Equal(_seeds.Data.Summary.Mentions, RunnerData.Load(output.Path).Summary.Mentions);
    }

    public sealed class SeedData : IDisposable
    {
        public SeedData()
        {
            Folder = new RunnerDataFolder();
            Data = RunnerData.Load(Folder.Path);
        }

        public RunnerDataFolder Folder { get; }

        public RunnerFrames Data { get; }

        public void Dispose() => Folder.Dispose();
    }
}
