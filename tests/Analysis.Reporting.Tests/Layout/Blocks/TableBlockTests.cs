using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Pdf;
using static Analysis.Reporting.Tests.Layout.LayoutKit;

namespace Analysis.Reporting.Tests.Layout.Blocks;

public sealed class TableBlockTests
{
    private const float CellHeight = 10f;
    private static readonly TableColumnSpec[] Columns = [new(2f), new(1f)];
    private static readonly float Padding = 2 * TableStyle.Default.PaddingY;
    private static readonly float RowHeight = CellHeight + Padding;

    [Fact]
    public void Split_KeepsRowsWhole_WhenNotAtPageTop()
    {
        var table = Table(10);

        var split = table.Split(new LayoutSpace(Width, RowHeight + (3.5f * RowHeight), AtPageTop: false));

        var head = Assert.IsType<TableBlock>(split.Head);
        var rest = Assert.IsType<TableBlock>(split.Rest);
        Assert.Equal((3, 7), (head.RowCount, rest.RowCount));
        Assert.Equal(RowHeight * (1 + 3), head.Measure(Width), 0.01f);
    }

    [Fact]
    public void Split_RepeatsTheHeader_WhenTheTableContinuesOnTheNextPage()
    {
        var table = Table(10);

        var split = table.Split(new LayoutSpace(Width, 4.5f * RowHeight, AtPageTop: false));

        // Header and 3 rows on this page; the rest measures its 7 rows plus the header again.
        Assert.Equal(7, Assert.IsType<TableBlock>(split.Rest).RowCount);
        Assert.Equal(RowHeight * (1 + 7), split.Rest.Measure(Width), 0.01f);
    }

    [Fact]
    public void Split_ReturnsNothing_WhenNoRowFitsUnderTheHeaderAndNotAtPageTop()
    {
        var table = Table(10);

        var split = table.Split(new LayoutSpace(Width, 1.5f * RowHeight, AtPageTop: false));

        Assert.Null(split.Head);
        Assert.Same(table, split.Rest);
    }

    [Fact]
    public void Pages_HoldEveryRowOnce_WhenATableSpansManyPages()
    {
        var rows = Enumerable.Range(0, 120).Select(i => Row(CellHeight + (i % 5 * 7f))).ToList();
        var table = new TableBlock(Columns, Row(CellHeight), rows);

        var pages = Paginator.Pages(table, Width, 300f);

        Assert.True(pages.Count > 5);
        Assert.Equal(rows.Count, pages.Cast<TableBlock>().Sum(p => p.RowCount));
        Assert.All(pages, p => Assert.True(p.Measure(Width) <= 300f + LayoutSpace.Tolerance));
        Assert.Equal(table.Measure(Width) + ((pages.Count - 1) * RowHeight), pages.Sum(p => p.Measure(Width)), 0.1f);
    }

    [Fact]
    public void Split_CutsARowTallerThanAPage_WhenAtPageTop()
    {
        var tall = new List<Block> { Lines(40), new FixedBlock("b", CellHeight) };
        var table = new TableBlock(Columns, Row(CellHeight), [tall, Row(CellHeight), Row(CellHeight)]);
        var room = 200f;

        var split = table.Split(new LayoutSpace(Width, room, AtPageTop: true));

        var head = Assert.IsType<TableBlock>(split.Head);
        var rest = Assert.IsType<TableBlock>(split.Rest);
        Assert.Equal(1, head.RowCount);

        // Filled to within one line of the cell's paragraph.
        Assert.InRange(head.Measure(Width), room - LineHeight - Padding, room + LayoutSpace.Tolerance);

        // The cut row continues at the top of the rest, so it is counted on both sides.
        Assert.Equal(table.RowCount + 1, head.RowCount + rest.RowCount);
    }

    [Fact]
    public void Split_MovesATallRow_WhenNotAtPageTop()
    {
        var table = new TableBlock(Columns, Row(CellHeight), [[Lines(40), new FixedBlock("b", CellHeight)]]);

        var split = table.Split(new LayoutSpace(Width, 200f, AtPageTop: false));

        Assert.Null(split.Head);
    }

    [Fact]
    public void Pages_DrawTheHeaderOnceAsARow_WhenTheHeaderIsTallerThanHalfAPage()
    {
        // A header of 40 lines on pages of about 25: repeated, it would leave no room and never end.
        var table = new TableBlock(Columns, [Lines(40), new FixedBlock("b", CellHeight)], [Row(CellHeight), Row(CellHeight)]);

        var pages = Paginator.Pages(table, Width, 25 * LineHeight);

        Assert.Equal(2, pages.Count);
        Assert.Equal(table.RowCount + 2, pages.Cast<TableBlock>().Sum(p => p.RowCount));
        Assert.All(pages, p => Assert.True(p.Measure(Width) <= (25 * LineHeight) + LayoutSpace.Tolerance));
    }

    [Fact]
    public void Constructor_ThrowsWithTheCounts_WhenARowHasTheWrongNumberOfCells()
    {
        var error = Assert.Throws<LayoutException>(() => new TableBlock(Columns, null, [Row(CellHeight), [new FixedBlock("x", 1f)]]));

        Assert.Contains("1 cells", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 columns", error.Message, StringComparison.Ordinal);
    }

    private static TableBlock Table(int rows) => new(Columns, Row(CellHeight), [.. Enumerable.Range(0, rows).Select(_ => Row(CellHeight))]);

    private static List<Block> Row(float height) => [new FixedBlock("a", height), new FixedBlock("b", height)];
}
