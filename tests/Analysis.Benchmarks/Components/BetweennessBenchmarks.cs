using Analysis.Core.Cooccurrence.Network;
using Analysis.Benchmarks.Reporting;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Betweenness of the networks the runner measures at the end of a run, searched on edge lists and on bit
/// sets: a month of the generated corpus at 100k articles (about 820 actors, 35 ties each) and its whole
/// corpus (about 880 actors, 540 ties each). The graphs are random with those sizes, seeded, so every run
/// measures the same ones.
/// </summary>
[NotPerArticle]
public class BetweennessBenchmarks
{
    private WeightedGraph _graph = null!;

    /// <summary>The network measured.</summary>
    [Params("month", "whole-corpus")]
    public string Graph { get; set; } = "month";

    /// <summary>Builds the graph.</summary>
    [GlobalSetup]
    public void Setup() => _graph = Graph == "month" ? Random(820, 35, seed: 1) : Random(880, 540, seed: 2);

    /// <summary>Brandes' algorithm walking the edge lists.</summary>
    [Benchmark(Baseline = true)]
    public int EdgeLists() => Betweenness.Compute(_graph, normalized: true, dense: false).Count;

    /// <summary>The same on bit sets.</summary>
    [Benchmark]
    public int BitSets() => Betweenness.Compute(_graph, normalized: true, dense: true).Count;

    private static WeightedGraph Random(int nodes, int degree, int seed)
    {
        var random = new Random(seed);
        var graph = new WeightedGraph();
        var density = (double)degree / (nodes - 1);
        for (var a = 0; a < nodes; a++)
        {
            graph.AddNode($"actor-{a}");
        }

        for (var a = 0; a < nodes; a++)
        {
            for (var b = a + 1; b < nodes; b++)
            {
                if (random.NextDouble() < density)
                {
                    graph.AddEdge($"actor-{a}", $"actor-{b}", 1);
                }
            }
        }

        return graph;
    }
}
