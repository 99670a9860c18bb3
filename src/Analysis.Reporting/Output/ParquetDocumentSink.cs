using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;

namespace Analysis.Reporting.Output;

/// <summary>
/// Writes <c>documents/</c> and <c>mentions/</c> as Parquet partitioned by the article's month, Hive style:
/// <c>month=2023-08/part-00000.parquet</c>, and <c>month=undated</c> for the articles whose date names no
/// month (undated, or dated to the year only; their <c>date</c> column still says what is known). A mention
/// goes to its article's month. The columns are those of <c>documents.csv</c> and <c>mentions.csv</c>, in
/// the same order, text as UTF-8 strings and counts as 32-bit integers; the month is only in the folder
/// name, as Hive-partitioned readers expect.
/// </summary>
internal sealed class ParquetDocumentSink(string documentsFolder, string mentionsFolder) : IDocumentSink
{
    /// <summary>The name of the partition column, in the folder names.</summary>
    public const string PartitionColumn = "month";

    /// <summary>The partition of articles whose date names no month.</summary>
    public const string Undated = "undated";

    private readonly PartitionedParquetTable<Document> _documents = new(CorpusTables.Documents, documentsFolder, PartitionColumn, Undated);
    private readonly PartitionedParquetTable<Mention> _mentions = new(ActorTables.Mentions, mentionsFolder, PartitionColumn, Undated);

    /// <summary>The partition of <paramref name="document"/>: its month's label (<c>2023-08</c>), or <see cref="Undated"/>.</summary>
    public static string MonthOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Period.Of(document.Date.Value, PeriodUnit.Month)?.Label ?? Undated;
    }

    /// <inheritdoc />
    public void Write(Document document, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var month = MonthOf(document);
        _documents.Write(month, document);
        foreach (var mention in mentions)
        {
            _mentions.Write(month, mention);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            _documents.Dispose();
        }
        finally
        {
            _mentions.Dispose();
        }
    }
}
