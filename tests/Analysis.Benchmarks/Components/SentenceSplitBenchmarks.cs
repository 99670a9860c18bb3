using Analysis.Benchmarks.Inputs;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Pipeline;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Text;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Sentence splitting: the pipeline's <see cref="SentenceSplitter"/> over every segment of an annotated
/// document (its tokens are made in setup, not measured), and the bare <see cref="SentenceBoundaries"/>
/// scan over the whole text, which is the character loop underneath.
/// </summary>
[MemoryDiagnoser]
public class SentenceSplitBenchmarks
{
    private readonly SentenceSplitter _splitter = new();
    private List<ActorDocument> _documents = [];

    /// <summary>The input set.</summary>
    [Params(InputSet.Seeds, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Builds the set's documents and their word lists (not measured).</summary>
    [GlobalSetup]
    public void Setup() => _documents = [.. PreparedArticles.Build(Input).Select(d => new ActorDocument(d, new ActorRegistry(ActorDictionary.Default)))];

    /// <summary>Splits every document of the set into sentences, segment by segment.</summary>
    [Benchmark(Baseline = true)]
    public int SplitSegments()
    {
        var sentences = 0;
        foreach (var document in _documents)
        {
            // The component appends: start each operation from an empty list, as a new document does.
            document.Sentences.Clear();
            _splitter.Annotate(document);
            sentences += document.Sentences.Count;
        }

        return sentences;
    }

    /// <summary>Counts the sentence breaks of every text of the set.</summary>
    [Benchmark]
    public int CountBreaks()
    {
        var breaks = 0;
        foreach (var document in _documents)
        {
            breaks += SentenceBoundaries.CountBreaks(document.Document.Text);
        }

        return breaks;
    }
}
