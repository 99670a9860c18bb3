using Analysis.Core.Corpus;
using Analysis.Reporting.Output;

namespace Analysis.Reporting.Tests.Output;

public sealed class DataExportTests : IDisposable
{
    private static readonly string[] AllFiles =
    [
        "actors.csv", "changes.csv", "cooccurrence.csv", "documents.csv", "evidence.csv", "ingest.csv",
        "mentions.csv", "network.csv", "network.gexf", "network.graphml", "stories.csv",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "export-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Write_WritesDocumentsAndIngestCsv_WithOneRowPerResult()
    {
        var output = OutputFolder.Prepare(_root);
        var summary = DataExport.Write([Loaded("a.txt", "Premier article"), Skipped("b.bin")], output);

        var documents = File.ReadAllLines(output.DataFile("documents.csv"));
        var ingest = File.ReadAllLines(output.DataFile("ingest.csv"));
        Assert.Equal("doc_id,file,title,outlet,author,date,date_precision,language,story_id,chars", documents[0]);
        Assert.Equal("0123456789abcdef,a.txt,Premier article,,,,none,,story-0123456789abcdef,15", documents[1]);
        Assert.Equal(2, documents.Length);
        Assert.Equal(["file,status,reason,doc_id", "a.txt,loaded,,0123456789abcdef", "b.bin,skipped,unsupported file type '.bin',"], ingest);
        Assert.Equal((1, 0, 1), (summary.Loaded, summary.Duplicates, summary.Skipped));
    }

    [Fact]
    public void Write_LeavesThePreviousFilesInPlace_WhenTheRunFails()
    {
        var output = OutputFolder.Prepare(_root);
        DataExport.Write([Loaded("a.txt", "Premier article")], output);
        var before = File.ReadAllText(output.DataFile("documents.csv"));

        Assert.Throws<InvalidOperationException>(() => DataExport.Write(Failing(), output));

        Assert.Equal(before, File.ReadAllText(output.DataFile("documents.csv")));
        Assert.Equal(AllFiles, Directory.GetFiles(output.DataFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_StreamsMentionsAndTotalsActors_ForLoadedDocuments()
    {
        var output = OutputFolder.Prepare(_root);
        var summary = DataExport.Write([Article("a.txt", "Le Mali et le Niger ont signé un accord avec le Mali."), Skipped("b.bin")], output);

        var mentions = File.ReadAllLines(output.DataFile("mentions.csv"));
        Assert.Equal("doc_id,actor_id,actor,type,surface,start,end,sentence,origin,title,paragraph", mentions[0]);
        Assert.Equal(4, mentions.Length);
        var actors = File.ReadAllLines(output.DataFile("actors.csv"));
        Assert.Equal(3, actors.Length);
        Assert.StartsWith("mli,Mali,country,Mali,dictionary,1,2,", actors[1], StringComparison.Ordinal);
        Assert.Equal((3, 2, 0), (summary.Mentions, summary.Actors, summary.Discovered));
    }

    [Fact]
    public void Write_CountsTies_WithTheContractColumnsFirst()
    {
        var output = OutputFolder.Prepare(_root);
        var summary = DataExport.Write([Article("a.txt", "Le Mali et le Niger ont signé un accord avec le Mali."), Article("b.txt", "Le Niger a reçu le Burkina Faso.")], output);

        var rows = File.ReadAllLines(output.DataFile("cooccurrence.csv"));
        Assert.StartsWith("period,actor_a,actor_b,window,documents,stories,weight,", rows[0], StringComparison.Ordinal);
        // Undated: the whole corpus only. Niger is in both one-sentence articles, Mali in one: Jaccard 1/2,
        // PMI log2(1·2 / (1·2)) = 0, NPMI 0, G² 0.
        Assert.Contains("all,Mali,Niger,sentence,1,1,1,mli,ner,all,1,2,2,0.5,0,0,0", rows);
        Assert.Contains("all,Burkina Faso,Niger,document,1,1,1,bfa,ner,all,1,2,2,0.5,0,0,0", rows);
        Assert.Equal(7, rows.Length);
        Assert.Equal((2, 2, 2), (summary.Stories, summary.Ties, summary.Undated));
        Assert.Equal(2, File.ReadAllLines(output.DataFile("evidence.csv")).Count(l => l.Contains(",sentence,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_ReplacesNeitherFile_WhenOneCannotBeWritten()
    {
        var output = OutputFolder.Prepare(_root);
        DataExport.Write([Loaded("a.txt", "Premier article")], output);
        var before = File.ReadAllText(output.DataFile("documents.csv"));
        File.Delete(output.DataFile("ingest.csv"));
        Directory.CreateDirectory(output.DataFile("ingest.csv"));

        var error = Assert.Throws<OutputException>(() => DataExport.Write([Loaded("b.txt", "Deuxième article")], output));

        Assert.Contains("ingest.csv", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(output.DataFile("documents.csv")));
    }

    [Fact]
    public void Prepare_Throws_WhenTheOutputPathIsAFile()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "taken");
        File.WriteAllText(file, "x");
        var error = Assert.Throws<OutputException>(() => OutputFolder.Prepare(file));
        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<IngestResult> Failing()
    {
        yield return Loaded("c.txt", "Deuxième article");
        throw new InvalidOperationException("the corpus went away");
    }

    private static IngestResult Loaded(string file, string text) => new(
        new IngestRecord(file, IngestStatus.Loaded, string.Empty, "0123456789abcdef"),
        new Document { Id = "0123456789abcdef", File = file, Text = text, Segments = [], Title = text });

    // A document whose whole text is article content, as the segmenter would mark a plain paragraph.
    private static IngestResult Article(string file, string text) => new(
        new IngestRecord(file, IngestStatus.Loaded, string.Empty, "id-" + file),
        new Document
        {
            Id = "id-" + file,
            File = file,
            Text = text,
            Segments = [new Segment(new Analysis.Core.Text.TextSpan(0, text.Length), SegmentKind.Content, "test")],
        });

    private static IngestResult Skipped(string file) =>
        new(new IngestRecord(file, IngestStatus.Skipped, "unsupported file type '.bin'", string.Empty), null);
}
