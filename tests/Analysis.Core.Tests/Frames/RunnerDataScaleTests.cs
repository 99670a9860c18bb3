using Analysis.Core.Frames;
using Microsoft.Data.Analysis;
using Xunit.Abstractions;

namespace Analysis.Core.Tests.Frames;

public sealed class RunnerDataScaleTests(ITestOutputHelper output)
{
    private const int Documents = 5_000;
    private const int Mentions = 200_000;

    [Fact]
    public void Load_ReadsEveryRowIntoTypedColumns_WhenMentionsRunToHundredsOfThousands()
    {
        var seeds = RunnerDataFolder.Seeds;
        var template = seeds.Documents.First();
        var patterns = seeds.Actors.Mentions.ToList();
        var documents = Enumerable.Range(0, Documents).Select(i => template with { Id = Id(i), File = $"feed.jsonl#{i}" });
        var mentions = Enumerable.Range(0, Mentions).Select(i => patterns[i % patterns.Count] with { DocumentId = Id(i * Documents / Mentions) });
        using var folder = new RunnerDataFolder(documents, mentions);

        var data = RunnerData.Load(folder.Path);
        output.WriteLine(data.Summary.ToString());

        Assert.Equal(Documents, data.Summary.Documents);
        Assert.Equal(Mentions, data.Summary.Mentions);
        Assert.Equal(Documents, data.Summary.DistinctDocuments);
        Assert.Equal(patterns.Select(m => m.Actor.Id).Distinct().Count() + seeds.Pairs.SelectMany(p => new[] { p.A.Id, p.B.Id }).Except(patterns.Select(m => m.Actor.Id)).Distinct().Count(), data.Summary.DistinctActors);
        Assert.Equal(folder.Bytes, data.Summary.BytesRead);
        // Document ids, surfaces, origins and titles repeat: a few thousand strings hold 200,000 rows.
        Assert.InRange(data.Summary.DistinctStrings, Documents, Documents + 5_000);
        Assert.IsType<Int32DataFrameColumn>(data.Mentions["actor_key"]);
        Assert.IsType<Int32DataFrameColumn>(data.Mentions["start"]);
        Assert.IsType<Int32DataFrameColumn>(data.Mentions["paragraph"]);
        Assert.IsType<StringDataFrameColumn>(data.Mentions["surface"]);
        Assert.Equal(Mentions, ((Int32DataFrameColumn)data.Mentions["actor_key"]).NullCount == 0 ? data.Mentions.Rows.Count : -1);
        Assert.Same(data.Mentions["doc_id"][0], data.Documents["doc_id"][0]);
    }

    private static string Id(int document) => $"doc{document:D6}";
}
