using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;

namespace Analysis.Reporting.Pdf;

/// <summary>
/// The page loop: offers the content the page's area, keeps the part that fits, and starts a new page with
/// the rest, until nothing is left.
/// </summary>
internal static class Paginator
{
    /// <summary>The guard against a block that reports progress it never makes.</summary>
    private const int MaxPages = 10_000;

    /// <summary>The pages of <paramref name="content"/> in an area of <paramref name="width"/> × <paramref name="height"/> points.</summary>
    /// <exception cref="LayoutException">A block fits no page, or the document would pass <see cref="MaxPages"/>.</exception>
    public static IReadOnlyList<Block> Pages(Block content, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pages = new List<Block>();
        Block? rest = content;
        while (rest is not null)
        {
            var split = rest.Split(new LayoutSpace(width, height, AtPageTop: true));
            if (split.Head is null)
            {
                throw new LayoutException($"A {Describe(rest)} does not fit an empty page of {width:0} × {height:0} pt; make it smaller or the page larger.");
            }

            pages.Add(split.Head);
            rest = split.Rest;
            if (pages.Count > MaxPages)
            {
                throw new LayoutException($"The document passed {MaxPages} pages; a block keeps splitting without getting shorter (a defect in its Split).");
            }
        }

        return pages;
    }

    private static string Describe(Block block) => Culprit(block).GetType().Name.Replace("Block", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + " block";

    // The block that stops a page from starting: containers pass the question down to their first block.
    private static Block Culprit(Block block) => block switch
    {
        ColumnBlock column when column.Children.FirstOrDefault(c => c is not PageBreakBlock) is { } first => Culprit(first),
        KeepTogetherBlock keep => Culprit(keep.Content),
        QuoteBlock quote => Culprit(quote.Content),
        ListItemBlock item => Culprit(item.Content),
        _ => block,
    };
}
