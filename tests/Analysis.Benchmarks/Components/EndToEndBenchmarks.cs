using Analysis.Benchmarks.Inputs;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Formats;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// One article from bytes to counted ties, as the runner processes it: read (decode, normalise),
/// build (segment, describe), extract, then add to the co-occurrence accumulator (story, counts). The
/// files are in memory, so disk speed does not enter (<see cref="FolderBenchmarks"/> reads them from disk).
/// The extractor and the accumulator are long-lived and warm, as in a run over a large corpus.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private readonly PlainTextFormat _format = new();
    private readonly DocumentBuilder _builder = new(new PageSegmenter());
    private readonly ActorExtractor _extractor = new();
    private readonly CooccurrenceAccumulator _accumulator = new(ActorDictionary.Default);
    private IReadOnlyList<byte[]> _files = [];

    /// <summary>The input set.</summary>
    [Params(InputSet.Seeds, InputSet.Seeds1252, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Reads the set's files and warms the extractor and the accumulator with one pass.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = ArticleSet.Of(Input).Files;
        _ = InMemory();
    }

    /// <summary>Reads, builds, extracts and counts every article of the set.</summary>
    [Benchmark]
    public int InMemory()
    {
        var mentions = 0;
        foreach (var bytes in _files)
        {
            var article = _format.Read(bytes).Single().Article!;
            var extracted = _extractor.Extract(_builder.Build(article, "article.txt"));
            _accumulator.Add(extracted);
            mentions += extracted.Mentions.Count;
        }

        return mentions;
    }
}
