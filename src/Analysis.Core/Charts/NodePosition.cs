namespace Analysis.Core.Charts;

/// <summary>Where a layout put a node, in the layout's own units (see <see cref="ForceLayout"/>).</summary>
/// <param name="X">Horizontal position, 0 at the left.</param>
/// <param name="Y">Vertical position, 0 at the bottom.</param>
public readonly record struct NodePosition(double X, double Y);
