using Analysis.Benchmarks.Inputs;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// The end-to-end path through the public API only: <see cref="CorpusLoader.Load"/> on the seeds folder
/// (directory walk, file reads, the README skipped, duplicate check, decoding, segmentation, description),
/// then extraction and counting of every article. Differs from <see cref="EndToEndBenchmarks"/> by the
/// file system and the loader's bookkeeping.
/// </summary>
[MemoryDiagnoser]
public class FolderBenchmarks
{
    private readonly ActorExtractor _extractor = new();
    private readonly CooccurrenceAccumulator _accumulator = new(ActorDictionary.Default);
    private string _folder = string.Empty;

    /// <summary>Finds the seeds folder and warms the extractor and the accumulator with one pass.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = SeedFolder.Locate();
        _ = LoadExtractCount();
    }

    /// <summary>Loads the seeds folder, then extracts and counts every article.</summary>
    [Benchmark]
    public int LoadExtractCount()
    {
        var mentions = 0;
        foreach (var result in new CorpusLoader().Load(_folder))
        {
            if (result.Document is { } document)
            {
                var extracted = _extractor.Extract(document);
                _accumulator.Add(extracted);
                mentions += extracted.Mentions.Count;
            }
        }

        return mentions;
    }
}
