using Analysis.Benchmarks.Inputs;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Pair counting on extracted documents (extraction is done in setup): <see cref="CooccurrenceCounter.Add(Analysis.Core.Actors.ExtractedDocument, string)"/>
/// alone, with the default options (every period unit, every window); the runner's
/// <see cref="CooccurrenceAccumulator.Add(Analysis.Core.Actors.ExtractedDocument)"/>, which assigns the story first; and the evidence passages of
/// each document's ties. Counter and accumulator are warm and long-lived, as in a run over a large corpus:
/// the same articles keep coming back, so every period, pair and story already exists after the first
/// operation and what is measured is the steady per-article cost, not the growth of the tables.
/// </summary>
[MemoryDiagnoser]
public class PairCountingBenchmarks
{
    private readonly ActorExtractor _extractor = new();
    private List<ExtractedDocument> _documents = [];
    private string[] _stories = [];
    private CooccurrenceCounter _counter = null!;
    private CooccurrenceAccumulator _accumulator = null!;

    /// <summary>The input set.</summary>
    [Params(InputSet.Seeds, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Extracts the set's documents and warms the counter and the accumulator with them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = PreparedArticles.Extract(Input, _extractor);
        _counter = new CooccurrenceCounter(ActorDictionary.Default);
        _accumulator = new CooccurrenceAccumulator(ActorDictionary.Default);
        _stories = [.. _documents.Select(_accumulator.Add)];
        for (var i = 0; i < _documents.Count; i++)
        {
            _counter.Add(_documents[i], _stories[i]);
        }
    }

    /// <summary>Counts the ties of every document of the set.</summary>
    [Benchmark(Baseline = true)]
    public int CounterAdd()
    {
        for (var i = 0; i < _documents.Count; i++)
        {
            _counter.Add(_documents[i], _stories[i]);
        }

        return _counter.Documents;
    }

    /// <summary>Assigns every document of the set its story, then counts its ties.</summary>
    [Benchmark]
    public int AccumulatorAdd()
    {
        var chars = 0;
        foreach (var document in _documents)
        {
            chars += _accumulator.Add(document).Length;
        }

        return chars;
    }

    /// <summary>Finds the evidence passages of every document's ties.</summary>
    [Benchmark]
    public int Evidence()
    {
        var passages = 0;
        for (var i = 0; i < _documents.Count; i++)
        {
            passages += _accumulator.Evidence(_documents[i], _stories[i]).Count();
        }

        return passages;
    }
}
