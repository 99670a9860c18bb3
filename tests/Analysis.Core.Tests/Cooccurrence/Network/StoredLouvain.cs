namespace Analysis.Core.Tests.Cooccurrence.Network;

/// <summary>networkx's louvain_communities(G, weight="weight", seed=Seed) and its modularity.</summary>
internal sealed record StoredLouvain(int Seed, IReadOnlyList<IReadOnlyList<string>> Communities, double Modularity);
