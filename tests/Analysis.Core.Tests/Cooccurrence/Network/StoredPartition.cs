namespace Analysis.Core.Tests.Cooccurrence.Network;

/// <summary>A partition given to networkx and the modularity it computed at that resolution.</summary>
internal sealed record StoredPartition(string Name, double Resolution, IReadOnlyList<IReadOnlyList<string>> Communities, double Modularity);
