using Analysis.Core.Actors;
using Analysis.Core.Corpus;

namespace Analysis.Core.Processing;

/// <summary>
/// The corpus pipeline of the runner: reads, cleans, describes and extracts the actors of every article on
/// several threads, and hands the results over one at a time, in input order, for what must see the whole
/// corpus in order (duplicates, the corpus's discovered actors, stories, counts, output files).
/// </summary>
/// <remarks>
/// Per article, decoding, cleaning, dates, sentence splitting, dictionary matching, discovery and
/// coreference run in parallel (<see cref="ActorExtractor.Analyze"/>); then, in input order, the article is
/// checked for duplicates and its discovered names are bound to the corpus's actors
/// (<see cref="ActorExtractor.Bind"/>). Only a bounded window of articles is in flight, so memory does not
/// grow with the corpus, and the output is the same, byte for byte, for any number of threads.
/// </remarks>
public sealed class CorpusProcessor
{
    private readonly CorpusLoader _loader;
    private readonly ActorExtractor _extractor;
    private readonly int _threads;

    /// <summary>A processor reading with <paramref name="loader"/> and extracting with <paramref name="extractor"/>
    /// on <paramref name="threads"/> threads (the machine's cores when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than one.</exception>
    public CorpusProcessor(CorpusLoader loader, ActorExtractor extractor, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads ?? 1, 1, nameof(threads));
        _loader = loader;
        _extractor = extractor;
        _threads = threads ?? Environment.ProcessorCount;
    }

    /// <summary>The extractor, whose <see cref="ActorExtractor.Discovered"/> actors grow as articles are handed over.</summary>
    public ActorExtractor Extractor => _extractor;

    /// <summary>Every input of <paramref name="folder"/>, processed, in input order.</summary>
    /// <exception cref="CorpusException">The folder does not exist or is not a folder (thrown at once).</exception>
    public IEnumerable<ProcessedArticle> Process(string folder, CancellationToken cancellation = default)
    {
        CorpusLoader.CheckFolder(folder);
        return Bound(OrderedParallel.Map(_loader.Plan(folder), read => Analyze(read()), _threads, cancellation), checkDuplicates: true);
    }

    /// <summary>Inputs already loaded (by <see cref="CorpusLoader.Load"/>, which flags duplicates), processed in order.</summary>
    public IEnumerable<ProcessedArticle> Process(IEnumerable<IngestResult> results, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Bound(OrderedParallel.Map(results, result => Analyze([result]), _threads, cancellation), checkDuplicates: false);
    }

    private List<(IngestResult Result, AnalyzedDocument? Analyzed)> Analyze(IReadOnlyList<IngestResult> results) =>
        results.Select(result => (result, result.Document is { } document ? _extractor.Analyze(document) : null)).ToList();

    private IEnumerable<ProcessedArticle> Bound(IEnumerable<List<(IngestResult Result, AnalyzedDocument? Analyzed)>> batches, bool checkDuplicates)
    {
        var duplicates = new DuplicateFilter();
        foreach (var batch in batches)
        {
            foreach (var (read, analyzed) in batch)
            {
                var result = checkDuplicates ? duplicates.Check(read) : read;
                yield return result.Document is null || analyzed is null
                    ? new ProcessedArticle(result, null)
                    : new ProcessedArticle(result, _extractor.Bind(analyzed));
            }
        }
    }
}
