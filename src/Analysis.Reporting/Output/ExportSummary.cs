using Analysis.Core.Corpus;

namespace Analysis.Reporting.Output;

/// <summary>What a run read and wrote, for the runner's final summary.</summary>
public sealed class IngestSummary
{
    /// <summary>Articles loaded.</summary>
    public int Loaded { get; private set; }

    /// <summary>Inputs recognised as duplicates.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Inputs skipped.</summary>
    public int Skipped { get; private set; }

    /// <summary>Every input counted.</summary>
    public int Total => Loaded + Duplicates + Skipped;

    /// <summary>The documents.csv written.</summary>
    public string DocumentsFile { get; internal set; } = string.Empty;

    /// <summary>The ingest.csv written.</summary>
    public string IngestFile { get; internal set; } = string.Empty;

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
