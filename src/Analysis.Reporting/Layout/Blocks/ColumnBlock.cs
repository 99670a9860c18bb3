namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// Blocks one under the other, with the larger of two neighbours' spaces between them. It splits where a
/// child splits or before the child that does not fit, before a page break, and before a block that must
/// stay with the next one when the start of that next one would not fit.
/// </summary>
internal sealed class ColumnBlock(IReadOnlyList<Block> children) : Block
{
    /// <summary>The blocks, top to bottom.</summary>
    public IReadOnlyList<Block> Children { get; } = children ?? throw new ArgumentNullException(nameof(children));

    /// <inheritdoc />
    public override float SpaceBefore => Children.Count > 0 ? Children[0].SpaceBefore : 0f;

    /// <inheritdoc />
    public override float SpaceAfter => Children.Count > 0 ? Children[^1].SpaceAfter : 0f;

    /// <inheritdoc />
    public override bool KeepWithNext => Children.Count > 0 && Children[^1].KeepWithNext;

    /// <inheritdoc />
    public override float Measure(float width)
    {
        var height = 0f;
        for (var i = 0; i < Children.Count; i++)
        {
            height += Gap(i) + Children[i].Measure(width);
        }

        return height;
    }

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        var placed = new List<Block>();
        var used = 0f;
        for (var i = 0; i < Children.Count; i++)
        {
            var child = Children[i];
            if (child is PageBreakBlock)
            {
                if (placed.Count > 0 || !space.AtPageTop)
                {
                    return Parts(placed, Children.Skip(i + 1));
                }

                continue;
            }

            var gap = placed.Count == 0 ? 0f : Math.Max(placed[^1].SpaceAfter, child.SpaceBefore);
            var room = placed.Count == 0 && used == 0f ? space : space.Below(used + gap);
            var split = child.Split(room);
            if (split.Head is null)
            {
                return placed.Count == 0 ? BlockSplit.Nothing(this) : Parts(placed, Children.Skip(i));
            }

            var height = split.Head.Measure(space.Width);
            if (split.Rest is null && child.KeepWithNext && placed.Count > 0 && !StartFits(i + 1, room.Below(height)))
            {
                return Parts(placed, Children.Skip(i));
            }

            placed.Add(split.Head);
            used += gap + height;
            if (split.Rest is not null)
            {
                return Parts(placed, Children.Skip(i + 1).Prepend(split.Rest));
            }
        }

        return BlockSplit.Whole(this);
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        var y = top;
        for (var i = 0; i < Children.Count; i++)
        {
            y += Gap(i);
            Children[i].Draw(context, left, y, width);
            y += Children[i].Measure(width);
        }
    }

    private float Gap(int index) => index == 0 ? 0f : Math.Max(Children[index - 1].SpaceAfter, Children[index].SpaceBefore);

    // Whether something of the block at index fits below a heading that must not end a page; a block that
    // must itself stay with the next one (a subheading) fits only when the start of that next one does too.
    private bool StartFits(int index, LayoutSpace space)
    {
        if (index >= Children.Count || Children[index] is PageBreakBlock)
        {
            return true;
        }

        var next = Children[index];
        var room = space.Below(Math.Max(Children[index - 1].SpaceAfter, next.SpaceBefore));
        var split = next.Split(room);
        return split.Head is not null
            && (split.Rest is not null || !next.KeepWithNext || StartFits(index + 1, room.Below(split.Head.Measure(space.Width))));
    }

    private static BlockSplit Parts(List<Block> placed, IEnumerable<Block> rest)
    {
        var remaining = rest.ToList();
        return new BlockSplit(
            placed.Count == 0 ? null : new ColumnBlock(placed),
            remaining.Count == 0 ? null : new ColumnBlock(remaining));
    }
}
