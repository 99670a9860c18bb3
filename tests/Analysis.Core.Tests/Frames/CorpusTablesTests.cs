using Analysis.Core.Frames;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Frames;

/// <summary>The DataFrames and CSV files follow the data contract of DESIGN.md.</summary>
public sealed class CorpusTablesTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    [Fact]
    public void Documents_HasTheContractColumns()
    {
        Assert.Equal(
            ["doc_id", "file", "title", "outlet", "author", "date", "date_precision", "language", "story_id", "chars"],
            CorpusTables.Documents.Header);
    }

    [Fact]
    public void Ingest_HasTheContractColumns() =>
        Assert.Equal(["file", "status", "reason", "doc_id"], CorpusTables.Ingest.Header);

    [Fact]
    public void ToDataFrame_GivesOneRowPerSeedDocument_WithDatesAndPrecisions()
    {
        var frame = seeds.Corpus.Documents.ToDataFrame();
        Assert.Equal(5, frame.Rows.Count);
        var dates = Enumerable.Range(0, 5).Select(i => ((string)frame["date"][i], (string)frame["date_precision"][i])).ToList();
        Assert.Equal(
            [("2023-08-29", "day"), ("2023-11-10", "day"), ("2024-11-06", "day"), ("2024-11-06", "day"), ("2024-11", "month")],
            dates);
        Assert.Equal(seeds.Corpus.Documents[0].Text.Length, frame["chars"][0]);
    }

    [Fact]
    public void ToDataFrame_GivesTheIngestReport()
    {
        var frame = seeds.Corpus.Ingest.ToDataFrame();
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal(5, Enumerable.Range(0, 6).Count(i => (string)frame["status"][i] == "loaded"));
    }

    [Fact]
    public void SetAside_ListsThePageFurniture_WithTheRuleThatFoundIt()
    {
        var frame = seeds.Corpus.SetAside.ToDataFrame();
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => ((string)frame["kind"][i], (string)frame["text"][i])).ToList();

        // 001's "A LIRE AUSSI" related links and 002's comment form are furniture; no article prose is.
        Assert.Contains(rows, r => r.Item1 == "boilerplate" && r.Item2.StartsWith("A LIRE AUSSI", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Item1 == "boilerplate" && r.Item2 == "LEAVE A REPLY");
        Assert.DoesNotContain(rows, r => r.Item2.Contains("Simporé a été accueilli", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, (int)frame.Rows.Count), i => Assert.NotEmpty((string)frame["rule"][i]));
    }

    [Fact]
    public void Outlets_CountArticlesAndDatePrecisions_PerOutlet()
    {
        // Seed 000 names its outlet (Reflet info); the four others do not. 004 is dated to the month only.
        var outlets = seeds.Corpus.Outlets;

        Assert.Equal(("", 4, 3, 1, 0, 0), (outlets[0].Outlet, outlets[0].Articles, outlets[0].DayDated, outlets[0].MonthDated, outlets[0].YearDated, outlets[0].Undated));
        Assert.Equal(("Reflet info", 1, "2023-08-29"), (outlets[1].Outlet, outlets[1].Articles, outlets[1].First.ToString()));
        Assert.Equal(["outlet", "articles", "day", "month", "year", "undated", "first_date", "last_date"], outlets.ToDataFrame().Columns.Select(c => c.Name));
    }
}
