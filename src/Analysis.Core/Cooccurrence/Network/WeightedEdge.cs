namespace Analysis.Core.Cooccurrence.Network;

/// <summary>An undirected edge of a <see cref="WeightedGraph"/>, its ends in the order they were first added.</summary>
/// <param name="A">The first end, as given when the edge was first added.</param>
/// <param name="B">The other end.</param>
/// <param name="Weight">The accumulated weight (a co-occurrence strength: larger means closer).</param>
public readonly record struct WeightedEdge(string A, string B, double Weight);
