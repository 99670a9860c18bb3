using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>One actor's place in one period's network: the row of <c>network.csv</c>.</summary>
/// <param name="Period">The period.</param>
/// <param name="Actor">The actor (every actor named in the period, tied or not).</param>
/// <param name="Degree">How many actors it is tied to.</param>
/// <param name="Strength">The sum of its ties' weights (weighted degree).</param>
/// <param name="Betweenness">Share of shortest paths between other actors that pass through it
/// (normalised, 0–1): how much it bridges groups that would otherwise be apart.</param>
/// <param name="Community">Its Louvain community in this period (0 is the largest); numbers are not
/// comparable across periods.</param>
public sealed record NetworkRow(Period Period, Actor Actor, int Degree, double Strength, double Betweenness, int Community);
