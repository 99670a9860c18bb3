using System.Text;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Formats;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Hostile;

/// <summary>JSON Lines files read line by line: whatever one line or the file does, the other lines load.</summary>
public sealed class JsonLinesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_LosesOnlyTheLine_WhenAPropertyNameEscapesHalfASurrogatePair()
    {
        _folder.Write("feed.jsonl", Line(1) + "\n" + Line(2).Replace("{\"title\"", "{\"\\ud800\":1,\"title\"", StringComparison.Ordinal) + "\n" + Line(3) + "\n");

        var ingest = CorpusLoader.LoadAll(_folder.Path).Ingest;

        Assert.Equal([IngestStatus.Loaded, IngestStatus.Skipped, IngestStatus.Loaded], ingest.Select(r => r.Status));
        Assert.StartsWith("line 2: unreadable JSON", ingest[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Load_ReadsEveryLine_WhenTheFileIsUtf16WithoutAByteOrderMark(string encoding)
    {
        _folder.Write("feed.jsonl", Encoding.GetEncoding(encoding).GetBytes(Line(1) + "\n" + Line(2) + "\n" + Line(3) + "\n"));

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Equal(["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"], corpus.Ingest.Select(r => r.File));
        Assert.All(corpus.Documents, d => Assert.Contains("Assimi Goïta", d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReadsEveryLine_WhenLinesEndInCarriageReturnsOnly()
    {
        _folder.Write("feed.jsonl", Line(1) + "\r" + Line(2) + "\r" + Line(3) + "\r");

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Equal(3, corpus.Documents.Count);
    }

    [Fact]
    public void Next_EndsTheFileWithOneRecordSayingWhere_WhenTheReadFailsMidway()
    {
        var path = _folder.Write("feed.jsonl", "x");
        using var file = new StreamedFile(new CorpusEntry("feed.jsonl", path, 1, null), new FailingFormat(failAfter: 2), 1024);

        var items = new List<FormatItem>();
        while (file.Next() is { } item)
        {
            items.Add(item);
        }

        Assert.Equal([1, 2, 3], items.Select(i => i.Item));
        Assert.Equal("could not be read after line 2: Input/output error", items[2].Problem);
    }

    [Fact]
    public void Next_GivesOneFailureForTheFile_WhenTheFirstReadFails()
    {
        var path = _folder.Write("feed.jsonl", "x");
        using var file = new StreamedFile(new CorpusEntry("feed.jsonl", path, 1, null), new FailingFormat(failAfter: 0), 1024);

        var failure = file.Next();

        Assert.Equal((null, "unreadable: Input/output error"), (failure?.Item, failure?.Problem));
        Assert.Null(file.Next());
    }

    private static string Line(int n) =>
        $$"""{"title":"Article {{n}}","maintext":"Le général Assimi Goïta a reçu le capitaine Ibrahim Traoré (rencontre {{n}}) à Bamako.","date_publish":"2024-03-01 10:00:00"}""";

    /// <summary>Gives good items, then fails as a disk does.</summary>
    private sealed class FailingFormat(int failAfter) : IStreamingArticleFormat
    {
        public IReadOnlyList<string> Extensions { get; } = [".jsonl"];

        public IEnumerable<FormatItem> Read(byte[] bytes) => throw new NotSupportedException();

        public IEnumerable<FormatItem> Read(Stream stream, long maxItemBytes)
        {
            for (var line = 1; line <= failAfter; line++)
            {
                yield return FormatItem.Failed("placeholder", line);
            }

            throw new IOException("Input/output error");
        }
    }
}
