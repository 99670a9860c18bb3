using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Charts;

/// <summary>How a network chart is built and drawn. The defaults follow the library's networks: ties of the
/// article window weighted by stories, nodes coloured by type.</summary>
public sealed record NetworkChartOptions
{
    /// <summary>The defaults.</summary>
    public static NetworkChartOptions Default { get; } = new();

    /// <summary>The window, tie weight and Louvain resolution of the network (its unit is not used: the
    /// chart draws the one period it is given).</summary>
    public NetworkOptions Network { get; init; } = NetworkOptions.Default;

    /// <summary>What the nodes' colour says.</summary>
    public NodeColoring ColorBy { get; init; } = NodeColoring.Type;

    /// <summary>The most nodes drawn, strongest first: past a few dozen, a drawing of a co-occurrence
    /// network is a hairball whose labels no one can read.</summary>
    public int MaxNodes { get; init; } = 40;

    /// <summary>Iterations of the force layout.</summary>
    public int LayoutIterations { get; init; } = ForceLayout.DefaultIterations;
}
