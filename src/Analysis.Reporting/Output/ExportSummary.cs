using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;

namespace Analysis.Reporting.Output;

/// <summary>What an export read and wrote, for the runner's final summary.</summary>
public sealed class ExportSummary
{
    /// <summary>The figures computed from the whole corpus; null until the export has read it all.</summary>
    public AnalysisTotals? Totals { get; internal set; }

    /// <summary>Articles loaded.</summary>
    public int Loaded { get; private set; }

    /// <summary>Inputs recognised as duplicates.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Inputs skipped.</summary>
    public int Skipped { get; private set; }

    /// <summary>Every input counted.</summary>
    public int Total => Loaded + Duplicates + Skipped;

    /// <summary>Every file written, in the order they were opened (ingest.csv first).</summary>
    public IReadOnlyList<string> Files { get; internal set; } = [];

    /// <summary>The charts written (PNG and SVG), in <c>charts/</c>.</summary>
    public IReadOnlyList<string> Charts { get; internal set; } = [];

    /// <summary>The ingest.csv written, which says the fate of every input.</summary>
    public string IngestFile => Files.FirstOrDefault(f => Path.GetFileName(f) == "ingest.csv") ?? string.Empty;

    /// <summary>Actor mentions in article text.</summary>
    public int Mentions { get; internal set; }

    /// <summary>Distinct actors found.</summary>
    public int Actors { get; internal set; }

    /// <summary>Of <see cref="Actors"/>, those found by discovery (to review).</summary>
    public int Discovered { get; internal set; }

    /// <summary>Stories: groups of articles on the same event.</summary>
    public int Stories { get; internal set; }

    /// <summary>Pairs of actors named in the same article, over the whole corpus.</summary>
    public int Ties { get; internal set; }

    /// <summary>Articles without a date, counted in the whole-corpus figures only.</summary>
    public int Undated { get; internal set; }

    /// <summary>Changes between consecutive periods of <see cref="ChangeUnit"/>.</summary>
    public int Changes { get; internal set; }

    /// <summary>Dated articles whose date is too coarse for <see cref="ChangeUnit"/> (a month-dated article
    /// has no week), so they are in no network or change, only in the coarser periods and the whole corpus.</summary>
    public int TooCoarse { get; internal set; }

    /// <summary>The period unit of the networks and changes.</summary>
    public PeriodUnit ChangeUnit { get; internal set; } = PeriodUnit.Month;

    internal void Add(IngestRecord record)
    {
        switch (record.Status)
        {
            case IngestStatus.Loaded:
                Loaded++;
                break;
            case IngestStatus.Duplicate:
                Duplicates++;
                break;
            default:
                Skipped++;
                break;
        }
    }
}
