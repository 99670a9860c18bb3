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

    /// <summary>
    /// <paramref name="articles"/> prepared as <see cref="Prepare"/> does, each loaded one with its story,
    /// assigned in input order on a thread of its own, a few articles ahead of the caller, who counts and
    /// writes: story assignment, the costliest ordered step, no longer waits for the writing.
    /// </summary>
    public static IEnumerable<(ProcessedArticle Article, string? Story)> PrepareAndAssign(
        IEnumerable<ProcessedArticle> articles, CooccurrenceAccumulator accumulator, int? threads = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        var assigned = Prepare(articles, accumulator, threads, cancellation)
            .Select(article => (article, article.Prepared is { } prepared ? accumulator.AssignStory(prepared) : null));
        return Handover.Ahead(assigned, capacity: 64, cancellation);
    }
}
