using System.Text;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Hostile;

/// <summary>
/// Files larger than the per-file limit: a text file is skipped with its size, a JSON Lines file is read
/// line by line and only a line over the limit is skipped. The limit is lowered to a few kilobytes here,
/// so the same code paths run without writing hundreds of megabytes.
/// </summary>
public sealed class LargeFileTests : IDisposable
{
    private static readonly CorpusOptions SmallLimit = new() { MaxFileBytes = 8 * 1024 };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ReadsEveryLine_WhenAJsonLinesFileIsLargerThanTheLimit()
    {
        var lines = Enumerable.Range(1, 150).Select(Line).ToList();
        _folder.Write("dump.jsonl", string.Join('\n', lines) + "\n");
        Assert.True(new FileInfo(Path.Combine(_folder.Path, "dump.jsonl")).Length > 2 * SmallLimit.MaxFileBytes);

        var corpus = CorpusLoader.LoadAll(_folder.Path, SmallLimit);

        Assert.Equal(150, corpus.Documents.Count);
        Assert.Equal("dump.jsonl#150", corpus.Ingest[^1].File);
        Assert.All(corpus.Ingest, r => Assert.Equal(IngestStatus.Loaded, r.Status));
    }

    [Fact]
    public void Load_SkipsOnlyTheLineOverTheLimit_AndReadsTheLinesAfterIt()
    {
        var huge = Line(2).Replace("Bamako.", "Bamako. " + string.Concat(Enumerable.Repeat("Le Mali et le Niger. ", 1000)), StringComparison.Ordinal);
        _folder.Write("dump.jsonl", $"{Line(1)}\n{huge}\r\n{Line(3)}");

        var corpus = CorpusLoader.LoadAll(_folder.Path, SmallLimit);

        Assert.Equal(["dump.jsonl#1", "dump.jsonl#2", "dump.jsonl#3"], corpus.Ingest.Select(r => r.File));
        Assert.Equal((IngestStatus.Skipped, "line 2: too large, over the 8 KB limit per article"), (corpus.Ingest[1].Status, corpus.Ingest[1].Reason));
        Assert.Equal(IngestStatus.Loaded, corpus.Ingest[2].Status);
    }

    [Fact]
    public void Load_SkipsATextFileOverTheLimit_WithItsSizeAndTheLimit()
    {
        _folder.Write("page.txt", HostileCorpus.Article("Trop long", "Assimi Goïta", 1) + new string('x', 20 * 1024));

        var record = Assert.Single(CorpusLoader.LoadAll(_folder.Path, SmallLimit).Ingest);

        Assert.Equal((IngestStatus.Skipped, "too large: 20.3 KB, over the 8 KB limit per file"), (record.Status, record.Reason));
    }

    [Fact]
    public void Load_SkipsABinaryFileOnce_WhenItHasAJsonLinesName()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("\n\u0001\u0002", 50)))];
        _folder.Write("image.jsonl", png);

        var record = Assert.Single(CorpusLoader.LoadAll(_folder.Path, SmallLimit).Ingest);

        Assert.Equal((IngestStatus.Skipped, "binary file (PNG image)"), (record.Status, record.Reason));
    }

    [Fact]
    public void Load_ReadsAUtf16JsonLinesFile_WhoseLineBreaksAreTwoBytes()
    {
        var text = Line(1) + "\n" + Line(2) + "\n";
        _folder.Write("dump.jsonl", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]);

        var corpus = CorpusLoader.LoadAll(_folder.Path, SmallLimit);

        Assert.Equal(2, corpus.Documents.Count);
        Assert.Contains("Goïta", corpus.Documents[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SkipsAnHtmlPageTooDeeplyNestedToParse_AndReadsAnOrdinaryOne()
    {
        _folder.Write("nested.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 150_000)) + "Le Mali</body></html>");
        _folder.Write("ordinary.html", "<html><body><article><h1>Accord</h1><p>" + HostileCorpus.Article("Accord", "Assimi Goïta", 2) + "</p></article></body></html>");
        var options = new CorpusOptions { HtmlParseBudget = TimeSpan.FromMilliseconds(300) };

        var corpus = CorpusLoader.LoadAll(_folder.Path, options);

        Assert.Equal((IngestStatus.Skipped, "HTML could not be parsed within 0.3 s (deeply nested or malformed markup)"), (corpus.Ingest[0].Status, corpus.Ingest[0].Reason));
        Assert.Equal(IngestStatus.Loaded, corpus.Ingest[1].Status);
    }

    private static string Line(int n) =>
        $$"""{"title":"Article {{n}}","maintext":"Le général Assimi Goïta a reçu le capitaine Ibrahim Traoré (rencontre {{n}}) à Bamako.","date_publish":"2024-03-01 10:00:00"}""";
}
