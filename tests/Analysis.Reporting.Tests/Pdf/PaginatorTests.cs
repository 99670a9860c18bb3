using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Pdf;
using Analysis.Reporting.Tests.Layout;

namespace Analysis.Reporting.Tests.Pdf;

public sealed class PaginatorTests
{
    [Fact]
    public void Pages_FillsEachPage_WhenBlocksDoNotSplit()
    {
        const int count = 10;
        const float height = 100f;
        const float page = 350f;
        var blocks = Enumerable.Range(0, count).Select(i => (Block)new FixedBlock($"b{i}", height)).ToList();

        var pages = Paginator.Pages(new ColumnBlock(blocks), 300f, page);

        var perPage = (int)(page / height);
        Assert.Equal((count + perPage - 1) / perPage, pages.Count);
        Assert.Equal(blocks.Cast<FixedBlock>().Select(b => b.Name), pages.SelectMany(LayoutKit.Names));
    }

    [Fact]
    public void Pages_ThrowsAnErrorNamingTheBlockAndThePage_WhenABlockFitsNoPage()
    {
        var error = Assert.Throws<LayoutException>(() => Paginator.Pages(new NeverFitsBlock(), 400f, 300f));

        Assert.Contains("neverfits block", error.Message, StringComparison.Ordinal);
        Assert.Contains("400 × 300 pt", error.Message, StringComparison.Ordinal);
        Assert.Contains("make it smaller or the page larger", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_NamesTheBlockThatFitsNoPage_WhenItIsInsideTheBody()
    {
        var body = new ColumnBlock([new FixedBlock("a", 50f), new NeverFitsBlock()]);

        var error = Assert.Throws<LayoutException>(() => Paginator.Pages(body, 400f, 300f));

        Assert.Contains("neverfits block", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_ThrowsInsteadOfLooping_WhenABlockNeverGetsShorter()
    {
        var error = Assert.Throws<LayoutException>(() => Paginator.Pages(new EndlessBlock(), 400f, 300f));

        Assert.Contains("keeps splitting without getting shorter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_ThrowsForAFigureWhoseCaptionFillsThePage_WhenNoPageCanHoldIt()
    {
        var caption = LayoutKit.Lines(60);
        var figure = new FigureBlock(new ScottPlot.Plot(), 1.5f, caption);

        var error = Assert.Throws<LayoutException>(() => Paginator.Pages(figure, 400f, 300f));

        Assert.Contains("figure block", error.Message, StringComparison.Ordinal);
    }
}
