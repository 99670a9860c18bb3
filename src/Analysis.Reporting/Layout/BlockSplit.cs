namespace Analysis.Reporting.Layout;

/// <summary>
/// The answer of <see cref="Block.Split"/>: the part that fits (<see cref="Head"/>, null when nothing does)
/// and the part left for the next page (<see cref="Rest"/>, null when everything fits).
/// </summary>
internal readonly record struct BlockSplit(Block? Head, Block? Rest)
{
    /// <summary>Everything fits.</summary>
    public static BlockSplit Whole(Block block) => new(block, null);

    /// <summary>Nothing fits: the whole block waits for the next page.</summary>
    public static BlockSplit Nothing(Block block) => new(null, block);

    /// <summary>Whether the whole block fits.</summary>
    public bool IsWhole => Head is not null && Rest is null;
}
