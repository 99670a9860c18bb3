using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using static Analysis.Core.Tests.Support.SahelCountries;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// The packed rows behind <see cref="CooccurrenceCounts"/>: made-up ties between Mali, Niger, Burkina Faso
/// and Algeria over two months and the whole corpus, appended cell by cell as the counter appends them.
/// </summary>
public sealed class TieTableTests
{
    private static readonly CooccurrenceRow[] Rows =
    [
        Row("all", CooccurrenceWindow.Document, Mali, Niger, 5, windows: 9),
        Row("all", CooccurrenceWindow.Document, Burkina, Mali, 3, windows: 9),
        Row("all", CooccurrenceWindow.Document, Algeria, Mali, 1, windows: 9),
        Row("2024-01", CooccurrenceWindow.Sentence, Mali, Niger, 2, windows: 40),
        Row("2024-01", CooccurrenceWindow.Document, Mali, Niger, 2, windows: 4),
        Row("2024-01", CooccurrenceWindow.Document, Burkina, Mali, 1, windows: 4),
        Row("2024-02", CooccurrenceWindow.Document, Mali, Niger, 3, windows: 5),
        Row("2024-02", CooccurrenceWindow.Document, Burkina, Mali, 2, windows: 5),
        Row("2024-02", CooccurrenceWindow.Document, Algeria, Mali, 1, windows: 5),
    ];

    [Fact]
    public void Indexer_ReadsBackEveryRowAsAppended_WithTheSameActors()
    {
        var table = TieTable.Of(Rows);

        Assert.Equal(Rows, table);
        Assert.Equal(Rows[7], table[7]);
        Assert.Same(Burkina, table[7].A);
    }

    [Fact]
    public void RowsOf_GivesOneCellsRows_AndNoneForACellWithout()
    {
        var table = TieTable.Of(Rows);

        Assert.Equal(Rows[4..6], table.RowsOf(Period.Parse("2024-01"), CooccurrenceWindow.Document));
        Assert.Empty(table.RowsOf(Period.Parse("2024-02"), CooccurrenceWindow.Sentence));
        Assert.Equal([Rows[4], Rows[5], Rows[6], Rows[7], Rows[8]], table.RowsOf(PeriodUnit.Month, CooccurrenceWindow.Document));
    }

    [Fact]
    public void ByPair_GroupsAUnitsRowsByPair_OrderedByIds_EachInPeriodOrder()
    {
        var ties = TieTable.Of(Rows).ByPair(PeriodUnit.Month, CooccurrenceWindow.Document).ToList();

        // bfa < dza < mli < ner: Burkina–Mali, then Algeria–Mali, then Mali–Niger.
        Assert.Equal(["bfa–mli", "dza–mli", "mli–ner"], ties.Select(t => t.Pair.ToString()));
        Assert.Equal([Rows[5], Rows[7]], ties[0].Rows);
        Assert.Equal([Rows[8]], ties[1].Rows);
        Assert.Equal([Rows[4], Rows[6]], ties[2].Rows);
    }

    [Fact]
    public void RowsOfPair_FindsAPairInEveryPeriodAndWindow()
    {
        var table = TieTable.Of(Rows);

        Assert.Equal([Rows[0], Rows[3], Rows[4], Rows[6]], table.RowsOf(new ActorPair("ner", "mli")));
    }

    [Fact]
    public void Append_Throws_WhenACellComesBackAfterAnother()
    {
        var table = TieTable.Of(Rows);

        Assert.Throws<ArgumentException>(() => table.Append(Row("2024-01", CooccurrenceWindow.Document, Algeria, Mali, 1, windows: 4)));
    }

    [Fact]
    public void Append_KeepsCounting_PastOneBlockOfRows()
    {
        var table = new TieTable();
        for (var i = 0; i < 70_000; i++)
        {
            table.Append(Row("2024-01", CooccurrenceWindow.Document, Mali, Niger, i + 1, windows: 4));
        }

        Assert.Equal(70_000, table.Count);
        Assert.Equal(66_000, table[65_999].Documents);
        Assert.Equal(70_000, table.RowsOf(Period.Parse("2024-01"), CooccurrenceWindow.Document)[^1].Documents);
    }

    private static CooccurrenceRow Row(string period, CooccurrenceWindow window, Actor a, Actor b, int documents, int windows) =>
        new(Period.Parse(period), window, a, b, documents, documents, documents + 1, documents + 2, documents + 3, windows);
}
