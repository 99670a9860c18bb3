using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Corpus;

public sealed class DuplicateFilterTests
{
    [Fact]
    public void Check_NamesTheFirstFile_WhenManyFilesCameBetween()
    {
        // Thousands of paths with accents, more than the first buffer holds, so it grows before the copy comes.
        var filter = new DuplicateFilter();
        for (var i = 0; i < 3_000; i++)
        {
            Assert.NotNull(filter.Check(Loaded($"presse/été-{i:D4}/Kidal – dépêche.txt", $"doc-{i}")).Document);
        }

        var copy = filter.Check(Loaded("b/copie.txt", "doc-1234"));

        Assert.Null(copy.Document);
        Assert.Equal((IngestStatus.Duplicate, "same text as presse/été-1234/Kidal – dépêche.txt", "doc-1234"), (copy.Record.Status, copy.Record.Reason, copy.Record.DocId));
    }

    [Fact]
    public void Check_PassesAnArticle_WhenOnlyAnotherIdsCapitalsMatch()
    {
        var filter = new DuplicateFilter();
        filter.Check(Loaded("a.txt", "aad468e284f6693c"));

        Assert.NotNull(filter.Check(Loaded("b.txt", "AAD468E284F6693C")).Document);
        Assert.Null(filter.Check(Loaded("c.txt", "aad468e284f6693c")).Document);
    }

    [Fact]
    public void Check_ReturnsTheRecordAsItIs_WhenItHasNoDocument()
    {
        var skipped = new IngestResult(new IngestRecord("x.pdf", IngestStatus.Skipped, "not text", string.Empty), null);

        Assert.Same(skipped, new DuplicateFilter().Check(skipped));
    }

    private static IngestResult Loaded(string file, string id) =>
        new(new IngestRecord(file, IngestStatus.Loaded, string.Empty, id), new Document { Id = id, File = file, Text = "texte", Segments = [] });
}
