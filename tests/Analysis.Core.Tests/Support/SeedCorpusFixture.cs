using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Support;

/// <summary>The five seed articles, loaded once for all tests that read them.</summary>
public sealed class SeedCorpusFixture
{
    public SeedCorpusFixture() => Corpus = CorpusLoader.LoadAll(TestPaths.Seeds);

    /// <summary>The five seeds by their file-name prefix, for theories that run on each.</summary>
    public static TheoryData<string> Prefixes => ["000", "001", "002", "003", "004"];

    public LoadedCorpus Corpus { get; }

    public Document Seed(string prefix) => Corpus.Documents.Single(d => d.File.StartsWith(prefix + "_", StringComparison.Ordinal));

    /// <summary>The text of the segments of <paramref name="kind"/> in one seed.</summary>
    public IReadOnlyList<string> Texts(string prefix, SegmentKind kind)
    {
        var document = Seed(prefix);
        return [.. document.Segments.Where(s => s.Kind == kind).Select(document.TextOf)];
    }
}
