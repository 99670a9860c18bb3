namespace Analysis.Benchmarks.Reporting;

/// <summary>Marks a benchmark class whose operation is not a pass over articles (a network's measures, say):
/// its per-article and MB/s columns are left blank rather than divided by the seeds' article count.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotPerArticleAttribute : Attribute;
