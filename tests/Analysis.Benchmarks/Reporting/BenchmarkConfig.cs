using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Analysis.Benchmarks.Reporting;

/// <summary>The configuration every benchmark runs with: allocations measured, figures per article.</summary>
public static class BenchmarkConfig
{
    /// <summary>The default configuration plus the memory diagnoser and the per-article columns; the job
    /// (default, or <c>--job short</c> for a quick run) comes from the command line.</summary>
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(
                new PerArticleColumn(PerArticleMeasure.TimePerArticle),
                new PerArticleColumn(PerArticleMeasure.AllocatedPerArticle),
                new PerArticleColumn(PerArticleMeasure.Throughput))
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
}
