namespace Analysis.Benchmarks.Reporting;

/// <summary>What a <see cref="PerArticleColumn"/> shows.</summary>
public enum PerArticleMeasure
{
    /// <summary>Mean time of one operation divided by the articles it processed.</summary>
    TimePerArticle,

    /// <summary>Bytes allocated by one operation divided by the articles it processed.</summary>
    AllocatedPerArticle,

    /// <summary>Megabytes (10^6 bytes) of source files processed per second.</summary>
    Throughput,
}
