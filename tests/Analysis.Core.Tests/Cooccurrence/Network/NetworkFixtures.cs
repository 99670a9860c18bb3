using System.Text.Json;
using Analysis.Core.Cooccurrence.Network;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence.Network;

/// <summary>
/// The graphs of Fixtures/networks.json and what networkx computed on them (Fixtures/generate_expected.py
/// wrote the file once; the tests only read it).
/// </summary>
internal static class NetworkFixtures
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Analysis.Core.Tests", "Cooccurrence", "Network", "Fixtures");

    private static readonly Lazy<StoredNetworks> Stored = new(() => Read(Path.Combine(Folder, "networks.json")));

    public static string NetworkxVersion => Stored.Value.NetworkxVersion;

    public static IReadOnlyList<StoredGraph> Graphs => Stored.Value.Graphs;

    public static StoredGraph Graph(string name) => Graphs.Single(g => g.Name == name);

    /// <summary>The name of every stored graph, for [MemberData].</summary>
    public static TheoryData<string> GraphNames()
    {
        var data = new TheoryData<string>();
        foreach (var graph in Graphs)
        {
            data.Add(graph.Name);
        }

        return data;
    }

    /// <summary>Every stored (graph, partition, resolution) with networkx's modularity, for [MemberData].</summary>
    public static TheoryData<string, string, double> Partitions()
    {
        var data = new TheoryData<string, string, double>();
        foreach (var graph in Graphs)
        {
            foreach (var partition in graph.Partitions)
            {
                data.Add(graph.Name, partition.Name, partition.Resolution);
            }
        }

        return data;
    }

    /// <summary>Communities as a set of sets, for comparing partitions whatever their numbering.</summary>
    public static HashSet<string> AsSets(IEnumerable<IEnumerable<string>> communities) =>
        [.. communities.Select(c => string.Join(",", c.Order(StringComparer.Ordinal)))];

    /// <summary>The communities of a node → number map, as a set of sets.</summary>
    public static HashSet<string> AsSets(IReadOnlyDictionary<string, int> partition) =>
        AsSets(partition.GroupBy(p => p.Value).Select(g => g.Select(p => p.Key)));

    /// <summary>A node → number map of stored communities.</summary>
    public static Dictionary<string, int> ToPartition(IReadOnlyList<IReadOnlyList<string>> communities)
    {
        var partition = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < communities.Count; c++)
        {
            foreach (var node in communities[c])
            {
                partition.Add(node, c);
            }
        }

        return partition;
    }

    private static StoredNetworks Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var graphs = root.GetProperty("graphs").EnumerateArray().Select(ReadGraph).ToList();
        return new StoredNetworks(root.GetProperty("networkx").GetString()!, graphs);
    }

    private static StoredGraph ReadGraph(JsonElement graph)
    {
        var louvain = graph.GetProperty("louvain");
        return new StoredGraph(
            graph.GetProperty("name").GetString()!,
            Strings(graph.GetProperty("nodes")),
            [.. graph.GetProperty("edges").EnumerateArray().Select(e => new WeightedEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble()))],
            Numbers(graph.GetProperty("degree")),
            Numbers(graph.GetProperty("strength")),
            Numbers(graph.GetProperty("betweenness")),
            Numbers(graph.GetProperty("betweennessRaw")),
            [.. graph.GetProperty("partitions").EnumerateArray().Select(p => new StoredPartition(
                p.GetProperty("name").GetString()!,
                p.GetProperty("resolution").GetDouble(),
                Communities(p.GetProperty("communities")),
                p.GetProperty("modularity").GetDouble()))],
            new StoredLouvain(louvain.GetProperty("seed").GetInt32(), Communities(louvain.GetProperty("communities")), louvain.GetProperty("modularity").GetDouble()));
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static List<IReadOnlyList<string>> Communities(JsonElement array) => [.. array.EnumerateArray().Select(Strings)];

    private static Dictionary<string, double> Numbers(JsonElement map) =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);

    private sealed record StoredNetworks(string NetworkxVersion, IReadOnlyList<StoredGraph> Graphs);
}
