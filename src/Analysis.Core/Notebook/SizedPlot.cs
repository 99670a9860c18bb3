using ScottPlot;

namespace Analysis.Core.Notebook;

/// <summary>
/// A chart to be shown at a size of its own rather than the default one, e.g. a wide tie timeline:
/// <c>display(new SizedPlot(plot, 1200, 600))</c>.
/// </summary>
/// <param name="Plot">The chart.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record SizedPlot(Plot Plot, int Width, int Height);
