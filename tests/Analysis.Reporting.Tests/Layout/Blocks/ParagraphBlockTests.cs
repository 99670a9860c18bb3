using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Layout.Text;
using static Analysis.Reporting.Tests.Layout.LayoutKit;

namespace Analysis.Reporting.Tests.Layout.Blocks;

public sealed class ParagraphBlockTests
{
    [Fact]
    public void Split_SharesEveryLineBetweenHeadAndRest_WhenTheParagraphIsSplit()
    {
        var words = string.Join(' ', Enumerable.Range(1, 300).Select(i => $"mot{i}"));
        var paragraph = new ParagraphBlock([new TextRun(words, TextStyle.Body)]);
        var all = paragraph.Lines(Width).Select(l => l.Text).ToList();

        var split = paragraph.Split(new LayoutSpace(Width, 7.5f * LineHeight, AtPageTop: false));

        Assert.Equal(7, LineTexts(split.Head).Count());
        Assert.Equal(all, LineTexts(split.Head).Concat(LineTexts(split.Rest)));
    }

    [Theory]
    [InlineData(6, 1, 0)] // an orphan: the whole paragraph moves on
    [InlineData(6, 2, 2)]
    [InlineData(6, 3, 3)]
    [InlineData(6, 4, 4)]
    [InlineData(6, 5, 4)] // a widow: one line more goes to the next page
    [InlineData(6, 6, 6)]
    [InlineData(3, 2, 0)] // three lines cannot leave two on each side
    [InlineData(4, 3, 2)]
    public void Split_LeavesAtLeastTwoLinesOnEachSide_WhenNotAtPageTop(int lines, int roomInLines, int expectedHead)
    {
        var paragraph = Lines(lines);

        var split = paragraph.Split(new LayoutSpace(Width, (roomInLines + 0.5f) * LineHeight, AtPageTop: false));

        Assert.Equal(expectedHead, LineTexts(split.Head).Count());
        Assert.Equal(lines - expectedHead, split.Rest is null ? 0 : LineTexts(split.Rest).Count());
    }

    [Theory]
    [InlineData(10, 0.5f, 1)] // not even one line fits: one is placed anyway, or it would never be
    [InlineData(10, 1f, 1)]
    [InlineData(10, 4f, 4)]
    public void Split_PlacesAtLeastOneLine_WhenAtPageTop(int lines, float roomInLines, int expectedHead)
    {
        var paragraph = Lines(lines);

        var split = paragraph.Split(new LayoutSpace(Width, roomInLines * LineHeight, AtPageTop: true));

        Assert.Equal(expectedHead, LineTexts(split.Head).Count());
        Assert.Equal(lines - expectedHead, LineTexts(split.Rest).Count());
    }

    [Fact]
    public void Split_ReturnsTheWholeParagraph_WhenItFitsExactly()
    {
        var paragraph = Lines(5);

        var split = paragraph.Split(new LayoutSpace(Width, paragraph.Measure(Width), AtPageTop: false));

        Assert.True(split.IsWhole);
        Assert.Same(paragraph, split.Head);
    }

    [Fact]
    public void Split_KeepsTheAnchorAndOuterSpacesOnTheirSide_WhenTheParagraphIsSplit()
    {
        var format = ParagraphFormat.Body with { SpaceBefore = 9f, SpaceAfter = 7f, Anchor = "section-1" };
        var paragraph = Lines(8, format);

        var split = paragraph.Split(new LayoutSpace(Width, 4.5f * LineHeight, AtPageTop: false));

        var head = Assert.IsType<ParagraphBlock>(split.Head);
        var rest = Assert.IsType<ParagraphBlock>(split.Rest);
        Assert.Equal((9f, 0f, "section-1"), (head.SpaceBefore, head.SpaceAfter, head.Format.Anchor));
        Assert.Equal((0f, 7f, null), (rest.SpaceBefore, rest.SpaceAfter, rest.Format.Anchor));
    }

    [Fact]
    public void Measure_IsTheHeightOfItsLines_WhenTheParagraphIsSplit()
    {
        var paragraph = Lines(9);

        var split = paragraph.Split(new LayoutSpace(Width, 4.5f * LineHeight, AtPageTop: true));

        Assert.Equal(4 * LineHeight, split.Head!.Measure(Width), 0.01f);
        Assert.Equal(5 * LineHeight, split.Rest!.Measure(Width), 0.01f);
        Assert.Equal(paragraph.Measure(Width), split.Head.Measure(Width) + split.Rest.Measure(Width), 0.01f);
    }
}
