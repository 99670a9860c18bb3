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

    /// <summary>The files written.</summary>
    public IList<string> Files { get; } = [];

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
