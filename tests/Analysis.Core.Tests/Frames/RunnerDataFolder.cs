using System.Text;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Frames;

/// <summary>
/// A data folder as the runner writes it, made with the library's own tables: the seeds' documents,
/// mentions, actors and ties by default, or records of a test's own.
/// </summary>
public sealed class RunnerDataFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    public RunnerDataFolder(
        IEnumerable<Document>? documents = null,
        IEnumerable<Mention>? mentions = null,
        IEnumerable<ActorSummary>? actors = null,
        IEnumerable<CooccurrenceRow>? ties = null,
        Table<Mention>? mentionsTable = null)
    {
        Write("documents.csv", w => CorpusTables.Documents.WriteCsv(documents ?? Seeds.Documents, w));
        Write("mentions.csv", w => (mentionsTable ?? ActorTables.Mentions).WriteCsv(mentions ?? Seeds.Actors.Mentions, w));
        Write("actors.csv", w => ActorTables.Actors.WriteCsv(actors ?? Seeds.Actors.Actors, w));
        Write("cooccurrence.csv", w => CooccurrenceTables.Cooccurrence.WriteCsv(ties ?? Seeds.Pairs, w));
    }

    /// <summary>The seeds' analysis the default files are written from.</summary>
    public static CooccurrenceAnalysis Seeds => SeedCooccurrence.Analysis;

    /// <summary>The folder holding the four files.</summary>
    public string Path => _folder.Path;

    /// <summary>The four files' sizes, summed.</summary>
    public long Bytes => RunnerData.FileNames.Sum(f => new FileInfo(System.IO.Path.Combine(Path, f)).Length);

    public void Dispose() => _folder.Dispose();

    private void Write(string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(System.IO.Path.Combine(Path, name), false, new UTF8Encoding(false));
        write(writer);
    }
}
