using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Pdf;
using static Analysis.Reporting.Tests.Layout.LayoutKit;

namespace Analysis.Reporting.Tests.Layout.Blocks;

public sealed class ColumnBlockTests
{
    [Fact]
    public void Measure_PutsTheLargerOfTwoSpacesBetweenNeighbours_WhenTheirSpacesMeet()
    {
        var a = new FixedBlock("a", 10f, spaceAfter: 6f);
        var b = new FixedBlock("b", 20f, spaceBefore: 15f, spaceAfter: 2f);
        var c = new FixedBlock("c", 5f, spaceBefore: 4f);

        var height = new ColumnBlock([a, b, c]).Measure(Width);

        Assert.Equal(a.Height + Math.Max(6f, 15f) + b.Height + Math.Max(2f, 4f) + c.Height, height);
    }

    [Theory]
    [InlineData(109f, 1)]
    [InlineData(110f, 2)]
    public void Split_CountsTheCollapsedSpace_WhenDecidingWhatFits(float room, int expectedPlaced)
    {
        // 50 + max(10, 20) + 40 = 110.
        var column = new ColumnBlock([new FixedBlock("a", 50f, spaceAfter: 10f), new FixedBlock("b", 40f, spaceBefore: 20f)]);

        var split = column.Split(new LayoutSpace(Width, room, AtPageTop: false));

        Assert.Equal(expectedPlaced, Names(split.Head).Count);
    }

    [Fact]
    public void Split_AddsNoSpaceAboveTheFirstBlock_WhenAtPageTop()
    {
        var first = new FixedBlock("a", 100f, spaceBefore: 30f);
        var column = new ColumnBlock([first]);

        var split = column.Split(new LayoutSpace(Width, first.Height, AtPageTop: true));
        Draw(split.Head!, top: 66f);

        Assert.True(split.IsWhole);
        Assert.Equal(66f, first.DrawnAt);
    }

    [Fact]
    public void Split_StartsTheNextPageWithoutSpace_WhenTheBlockThereAsksForSome()
    {
        var b = new FixedBlock("b", 50f, spaceBefore: 30f);
        var column = new ColumnBlock([new FixedBlock("a", 60f), b]);

        var first = column.Split(new LayoutSpace(Width, 100f, AtPageTop: true));
        var second = first.Rest!.Split(new LayoutSpace(Width, b.Height, AtPageTop: true));
        Draw(second.Head!, top: 66f);

        Assert.Equal(["a"], Names(first.Head));
        Assert.True(second.IsWhole);
        Assert.Equal(66f, b.DrawnAt);
    }

    [Fact]
    public void Split_EndsThePage_WhenItMeetsAPageBreak()
    {
        var column = new ColumnBlock([new FixedBlock("a", 10f), PageBreakBlock.Instance, new FixedBlock("b", 10f)]);

        var split = column.Split(new LayoutSpace(Width, 500f, AtPageTop: true));

        Assert.Equal(["a"], Names(split.Head));
        Assert.Equal(["b"], Names(split.Rest));
    }

    [Fact]
    public void Split_IgnoresAPageBreak_WhenNothingIsAboveItOnThePage()
    {
        var column = new ColumnBlock([PageBreakBlock.Instance, new FixedBlock("b", 10f)]);

        var split = column.Split(new LayoutSpace(Width, 500f, AtPageTop: true));

        Assert.True(split.IsWhole);
    }

    [Fact]
    public void Split_MovesAHeadingToTheNextPage_WhenTheStartOfTheNextBlockDoesNotFit()
    {
        var column = new ColumnBlock([new FixedBlock("a", 50f), Heading("h"), new FixedBlock("p", 40f)]);

        var split = column.Split(new LayoutSpace(Width, 100f, AtPageTop: false));

        Assert.Equal(["a"], Names(split.Head));
        Assert.Equal(["h", "p"], Names(split.Rest));
    }

    [Fact]
    public void Split_KeepsAHeadingWithTheFirstLinesOfAParagraph_WhenTheyFit()
    {
        var heading = Heading("h");
        var paragraph = Lines(10);
        var column = new ColumnBlock([new FixedBlock("a", 50f), heading, paragraph]);
        var aboveParagraph = 50f + heading.SpaceBefore + heading.Height + Math.Max(heading.SpaceAfter, paragraph.SpaceBefore);

        var split = column.Split(new LayoutSpace(Width, aboveParagraph + (2.5f * LineHeight), AtPageTop: false));

        var head = Assert.IsType<ColumnBlock>(split.Head);
        Assert.Equal(3, head.Children.Count);
        Assert.Equal(2, LineTexts(head.Children[2]).Count());
        Assert.Equal(8, LineTexts(Assert.IsType<ColumnBlock>(split.Rest).Children[0]).Count());
    }

    [Fact]
    public void Split_PlacesAHeading_WhenItIsFirstOnThePageAndTheNextBlockDoesNotFit()
    {
        var column = new ColumnBlock([Heading("h"), new FixedBlock("p", 90f)]);

        var split = column.Split(new LayoutSpace(Width, 100f, AtPageTop: true));

        Assert.Equal(["h"], Names(split.Head));
        Assert.Equal(["p"], Names(split.Rest));
    }

    [Fact]
    public void Split_MovesHeadingsThatFollowEachOtherTogether_WhenTheBlockAfterThemDoesNotFit()
    {
        // a, h1 and h2 fit (50 + 14 + 20 + 14 + 20 = 118); p does not (118 + 5 + 40 = 163).
        var column = new ColumnBlock([new FixedBlock("a", 50f), Heading("h1"), Heading("h2"), new FixedBlock("p", 40f)]);

        var split = column.Split(new LayoutSpace(Width, 130f, AtPageTop: false));

        Assert.Equal(["a"], Names(split.Head));
        Assert.Equal(["h1", "h2", "p"], Names(split.Rest));
    }

    [Fact]
    public void Pages_NeverEndAPageWithAHeading_WhenABlockFollowsIt()
    {
        // Headings, each followed by blocks of varied heights, over many pages (no two headings in a row).
        var random = new Random(20240611);
        var blocks = new List<Block>();
        for (var section = 0; section < 60; section++)
        {
            blocks.Add(Heading($"h{section}"));
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                blocks.Add(new FixedBlock($"b{section}.{i}", random.Next(20, 160), spaceBefore: 6f, spaceAfter: 6f));
            }
        }

        var pages = Paginator.Pages(new ColumnBlock(blocks), Width, 400f);

        Assert.True(pages.Count > 10);
        Assert.All(pages.SkipLast(1), p => Assert.False(Assert.IsType<ColumnBlock>(p).Children[^1].KeepWithNext, $"a page ends with {Names(p)[^1]}"));
        Assert.Equal(blocks.Cast<FixedBlock>().Select(b => b.Name), pages.SelectMany(Names));
        Assert.All(pages, p => Assert.True(p.Measure(Width) <= 400f + LayoutSpace.Tolerance));
    }

    private static FixedBlock Heading(string name) => new(name, 20f, spaceBefore: 14f, spaceAfter: 5f, keepWithNext: true);
}
