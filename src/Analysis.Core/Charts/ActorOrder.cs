namespace Analysis.Core.Charts;

/// <summary>How a heatmap orders its actors (rows top to bottom, columns left to right).</summary>
public enum ActorOrder
{
    /// <summary>By Louvain community (0, the largest, first), strongest first within each: blocks of actors
    /// reported together show as squares along the diagonal.</summary>
    Community,

    /// <summary>Strongest first (strength: the sum of the actor's ties).</summary>
    Strength,

    /// <summary>By name, to look an actor up.</summary>
    Name,
}
