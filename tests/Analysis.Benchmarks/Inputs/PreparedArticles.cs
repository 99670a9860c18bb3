using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Formats;

namespace Analysis.Benchmarks.Inputs;

/// <summary>
/// An input set taken as far down the pipeline as a benchmark needs, outside the measured code: read
/// (decoded, normalised), built into documents (segmented, described), extracted. Each stage is exactly
/// what the corpus loader and the runner do, so the measured component sees realistic input.
/// </summary>
internal static class PreparedArticles
{
    private static readonly PlainTextFormat Format = new();

    /// <summary>The set's articles as the plain-text reader yields them.</summary>
    public static List<SourceArticle> Read(InputSet set) =>
        [.. ArticleSet.Of(set).Files.Select(bytes => Format.Read(bytes).Single().Article
            ?? throw new InvalidOperationException($"a {set} article did not read as text"))];

    /// <summary>The set's documents, segmented and described.</summary>
    public static List<Document> Build(InputSet set)
    {
        var builder = new DocumentBuilder(new PageSegmenter());
        return [.. Read(set).Select((article, i) => builder.Build(article, $"{set}-{i}.txt"))];
    }

    /// <summary>The set's documents with their actor mentions, extracted by <paramref name="extractor"/>.</summary>
    public static List<ExtractedDocument> Extract(InputSet set, ActorExtractor extractor) =>
        [.. Build(set).Select(extractor.Extract)];
}
