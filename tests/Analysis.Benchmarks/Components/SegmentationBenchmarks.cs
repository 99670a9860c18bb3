using Analysis.Benchmarks.Inputs;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Formats;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Boilerplate segmentation: <see cref="PageSegmenter"/> alone (lines, phrase table, widget blocks,
/// headline, body), then <see cref="DocumentBuilder"/>, which adds the description of the article
/// (language, outlet, author, title, date, id) on top of the same segmentation.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private readonly PageSegmenter _segmenter = new();
    private List<SourceArticle> _articles = [];
    private DocumentBuilder _builder = null!;

    /// <summary>The input set.</summary>
    [Params(InputSet.Seeds, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Decodes and normalises the set's articles (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = PreparedArticles.Read(Input);
        _builder = new DocumentBuilder(_segmenter);
    }

    /// <summary>Segments every article of the set.</summary>
    [Benchmark(Baseline = true)]
    public int Segment()
    {
        var segments = 0;
        foreach (var article in _articles)
        {
            segments += _segmenter.Segment(article.Text, article.Hints).Count;
        }

        return segments;
    }

    /// <summary>Segments and describes every article of the set.</summary>
    [Benchmark]
    public int BuildDocument()
    {
        var segments = 0;
        foreach (var article in _articles)
        {
            segments += _builder.Build(article, "article.txt").Segments.Count;
        }

        return segments;
    }
}
