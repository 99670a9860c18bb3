namespace Analysis.Core.Charts;

/// <summary>What a network node's colour says.</summary>
public enum NodeColoring
{
    /// <summary>The actor's type, in <see cref="ChartTheme.ColorOf"/>'s colours (the same in every chart).</summary>
    Type,

    /// <summary>The actor's Louvain community in the period, in <see cref="ChartTheme.CommunityPalette"/>'s colours.</summary>
    Community,
}
