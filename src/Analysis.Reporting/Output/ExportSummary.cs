using Analysis.Core.Corpus;

namespace Analysis.Reporting.Output;

/// <summary>What an export read and wrote, for the runner's final summary.</summary>
public sealed class ExportSummary
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

    /// <summary>The mentions.csv written.</summary>
    public string MentionsFile { get; internal set; } = string.Empty;

    /// <summary>The actors.csv written.</summary>
    public string ActorsFile { get; internal set; } = string.Empty;

    /// <summary>Every file written, in the order the runner lists them.</summary>
    public IEnumerable<string> Files => [DocumentsFile, IngestFile, MentionsFile, ActorsFile];

    /// <summary>Actor mentions in article text.</summary>
    public int Mentions { get; internal set; }

    /// <summary>Distinct actors found.</summary>
    public int Actors { get; internal set; }

    /// <summary>Of <see cref="Actors"/>, those found by discovery (to review).</summary>
    public int Discovered { get; internal set; }

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
