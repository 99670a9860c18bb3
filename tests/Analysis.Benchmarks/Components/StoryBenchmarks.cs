using Analysis.Benchmarks.Reporting;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Corpus;
using Analysis.Core.Stories;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Story assignment at the scale of a corpus: the one stage of a run that takes documents strictly one
/// after another, on one thread, so on a machine of many cores it bounds the run. Its cost per document
/// grows with the stories already formed (the candidate look-up walks their postings), which five seed
/// articles cannot show; so the input is the first <see cref="Articles"/> articles of a generated corpus
/// (<c>tests/Analysis.CorpusGenerator/bench/run 100000</c> makes one), read, extracted and described in
/// setup. One operation assigns them all, in corpus order, with a fresh detector, as a run does.
/// </summary>
[NotPerArticle]
public class StoryBenchmarks
{
    /// <summary>The generated corpus read, unless <c>ANALYSIS_BENCH_CORPUS</c> names another (the folder
    /// holding <c>articles/</c> and <c>actors.yaml</c>).</summary>
    public const string DefaultCorpus = "/tmp/analysis-bench/corpus-100000-seed1";

    private List<DocumentFeatures> _features = [];

    /// <summary>Articles assigned per operation.</summary>
    [Params(10_000, 40_000)]
    public int Articles { get; set; }

    /// <summary>Reads, extracts and describes the corpus's first articles.</summary>
    /// <exception cref="InvalidOperationException">The corpus is missing.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("ANALYSIS_BENCH_CORPUS") ?? DefaultCorpus;
        var articles = Path.Combine(corpus, "articles");
        var actors = Path.Combine(corpus, "actors.yaml");
        // The bench script writes the marker last: without it the corpus is missing or half written.
        if (!Directory.Exists(articles) || !File.Exists(actors) || !File.Exists(Path.Combine(corpus, ".complete")))
        {
            throw new InvalidOperationException(
                $"No complete generated corpus at '{corpus}': run tests/Analysis.CorpusGenerator/bench/run 100000, or set ANALYSIS_BENCH_CORPUS.");
        }

        var extractor = new ActorExtractor(ActorDictionary.LoadOverDefault(actors));
        var documents = new CorpusLoader().Load(articles)
            .Select(result => result.Document)
            .OfType<Document>()
            .Take(Articles)
            .ToList();
        // As the runner does: the analysis on every core, the binding to the shared registry of discovered
        // actors in corpus order on one thread (it is not thread-safe, and the order decides the actors).
        var analyzed = documents.AsParallel().AsOrdered().Select(extractor.Analyze).ToList();
        _features = [.. analyzed.Select(analysis => DocumentFeatures.Of(extractor.Bind(analysis)))];
    }

    /// <summary>Assigns every article its story, in corpus order, with a fresh detector.</summary>
    [Benchmark]
    public int Assign()
    {
        var detector = new StoryDetector();
        var ids = 0;
        foreach (var features in _features)
        {
            ids += detector.Assign(features).Length;
        }

        return ids;
    }
}
