using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using static Analysis.Reporting.Tests.Layout.LayoutKit;

namespace Analysis.Reporting.Tests.Layout.Blocks;

public sealed class KeepTogetherBlockTests
{
    [Fact]
    public void Split_ReturnsTheWholeBlock_WhenItFits()
    {
        var block = Keep(30f, 30f);

        var split = block.Split(new LayoutSpace(Width, 60f, AtPageTop: false));

        Assert.True(split.IsWhole);
        Assert.Same(block, split.Head);
    }

    [Fact]
    public void Split_MovesTheWholeContent_WhenOnlyPartOfItFitsBelowOtherBlocks()
    {
        var block = Keep(30f, 30f);

        var split = block.Split(new LayoutSpace(Width, 50f, AtPageTop: false));

        Assert.Null(split.Head);
        Assert.Same(block, split.Rest);
    }

    [Fact]
    public void Split_SplitsTheContent_WhenItIsTallerThanAWholePage()
    {
        var block = Keep(30f, 30f, 30f);

        var split = block.Split(new LayoutSpace(Width, 70f, AtPageTop: true));

        Assert.Equal(["k0", "k1"], Names(split.Head));
        Assert.Equal(["k2"], Names(split.Rest));
    }

    [Fact]
    public void Split_MovesTheBlockToTheNextPage_WhenItDoesNotFitUnderTheBlocksAboveIt()
    {
        var keep = Keep(30f, 30f);
        var column = new ColumnBlock([new FixedBlock("x", 40f), keep]);

        var first = column.Split(new LayoutSpace(Width, 80f, AtPageTop: true));
        var second = first.Rest!.Split(new LayoutSpace(Width, 80f, AtPageTop: true));

        Assert.Equal(["x"], Names(first.Head));
        Assert.Same(keep, Assert.Single(Assert.IsType<ColumnBlock>(first.Rest).Children));
        Assert.True(second.IsWhole);
    }

    private static KeepTogetherBlock Keep(params float[] heights) =>
        new(new ColumnBlock([.. heights.Select((h, i) => new FixedBlock($"k{i}", h))]));
}
