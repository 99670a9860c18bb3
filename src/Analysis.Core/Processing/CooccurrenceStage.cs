using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Processing;

/// <summary>
/// The parallel half of counting: works out each article's story features, tallies and evidence
/// (<see cref="CooccurrenceAccumulator.Prepare"/>) on several threads, in input order, so the ordered
/// stage that follows only assigns stories and adds up.
/// </summary>
public static class CooccurrenceStage
{
    /// <summary><paramref name="articles"/>, each loaded one with its <see cref="ProcessedArticle.Prepared"/>
    /// document, on <paramref name="threads"/> threads (the machine's cores when null).</summary>
    public static IEnumerable<ProcessedArticle> Prepare(
        IEnumerable<ProcessedArticle> articles, CooccurrenceAccumulator accumulator, int? threads = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(accumulator);
        return OrderedParallel.Map(
            articles,
            article => article.Extracted is { } extracted && article.Prepared is null ? article with { Prepared = accumulator.Prepare(extracted) } : article,
            threads ?? Environment.ProcessorCount,
            cancellation);
    }
}
