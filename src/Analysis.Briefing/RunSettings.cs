using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;

namespace Analysis.Briefing;

/// <summary>What one run was asked to do.</summary>
/// <param name="Corpus">The corpus folder, as given.</param>
/// <param name="Output">The output folder, as given.</param>
/// <param name="Actors">A dictionary file extending the default one, as given; null for the default alone.</param>
/// <param name="Periods">The period units to count besides the whole corpus; null for months.</param>
/// <param name="MinSupport">The fewest articles a tie must be seen in, in a period, to be written.</param>
internal sealed record RunSettings(string Corpus, string Output, string? Actors = null, IReadOnlyList<PeriodUnit>? Periods = null, int MinSupport = 1)
{
    /// <summary>The window the network, the changes, the charts and the briefing take ties from.</summary>
    public CooccurrenceWindow Window { get; init; } = CooccurrenceWindow.Document;

    /// <summary>How documents and mentions are written: CSV or month-partitioned Parquet.</summary>
    public DataFormat Format { get; init; } = DataFormat.Csv;

    /// <summary>The first day counted; null for no limit.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day counted; null for no limit.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Threads that read and extract articles, and at the end measure the networks and write the files; null for one per core.</summary>
    public int? Threads { get; init; }

    /// <summary>How to write the PDF briefing; null writes the data files only (<c>extract</c>).</summary>
    public BriefingOptions? Briefing { get; init; }
}
