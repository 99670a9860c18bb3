using System.Globalization;
using Analysis.Benchmarks.Inputs;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Analysis.Benchmarks.Reporting;

/// <summary>
/// A summary column that puts a benchmark's figures per article and per megabyte of source: one operation
/// processes every article of its <see cref="InputSet"/> (the <c>Input</c> parameter, or the seeds when
/// the benchmark has none), so the mean and the allocations are divided by the set's article count and
/// its bytes. Computed in the host process, which reads the same seeds as the benchmarks did.
/// </summary>
public sealed class PerArticleColumn(PerArticleMeasure measure) : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(PerArticleColumn) + "." + measure;

    /// <inheritdoc />
    public string ColumnName => measure switch
    {
        PerArticleMeasure.TimePerArticle => "Mean/article",
        PerArticleMeasure.AllocatedPerArticle => "Alloc/article",
        _ => "MB/s",
    };

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => (int)measure;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => measure switch
    {
        PerArticleMeasure.TimePerArticle => "Mean divided by the articles one operation processes",
        PerArticleMeasure.AllocatedPerArticle => "Allocated divided by the articles one operation processes",
        _ => "Megabytes (10^6 bytes) of source files processed per second",
    };

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Descriptor.Type.IsDefined(typeof(NotPerArticleAttribute), inherit: false))
        {
            return "–";
        }

        var report = summary[benchmarkCase];
        var set = ArticleSet.Of(InputOf(benchmarkCase));
        if (report?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var nanoseconds = statistics.Mean;
        return measure switch
        {
            PerArticleMeasure.TimePerArticle => FormatTime(nanoseconds / set.Articles),
            PerArticleMeasure.AllocatedPerArticle => report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
                ? FormatBytes((double)bytes / set.Articles)
                : "NA",
            _ => (set.Bytes / (nanoseconds / 1e9) / 1e6).ToString("0.00", CultureInfo.InvariantCulture),
        };
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;

    private static InputSet InputOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<InputSet>().DefaultIfEmpty(InputSet.Seeds).First();

    private static string FormatTime(double nanoseconds) => nanoseconds switch
    {
        >= 1e6 => (nanoseconds / 1e6).ToString("0.000 'ms'", CultureInfo.InvariantCulture),
        >= 1e3 => (nanoseconds / 1e3).ToString("0.00 'μs'", CultureInfo.InvariantCulture),
        _ => nanoseconds.ToString("0.0 'ns'", CultureInfo.InvariantCulture),
    };

    private static string FormatBytes(double bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / (1 << 20)).ToString("0.00 'MB'", CultureInfo.InvariantCulture),
        >= 1 << 10 => (bytes / (1 << 10)).ToString("0.00 'KB'", CultureInfo.InvariantCulture),
        _ => bytes.ToString("0 'B'", CultureInfo.InvariantCulture),
    };
}
