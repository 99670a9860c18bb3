using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Hostile;

/// <summary>The hostile corpus, written and loaded once: every input's fate in the ingest report.</summary>
public sealed class HostileCorpusFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public HostileCorpusFixture()
    {
        Expected = HostileCorpus.Write(_folder.Path);
        Corpus = CorpusLoader.LoadAll(_folder.Path);
        var extractor = new ActorExtractor();
        Actors = Corpus.Documents.ToDictionary(d => d.File, d => extractor.Extract(d).Actors.Select(a => a.Name).ToHashSet(), StringComparer.Ordinal);
    }

    internal IReadOnlyList<HostileCase> Expected { get; }

    public LoadedCorpus Corpus { get; }

    /// <summary>The names of the actors found in each loaded file.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Actors { get; }

    public void Dispose() => _folder.Dispose();
}

public sealed class HostileCorpusTests(HostileCorpusFixture fixture) : IClassFixture<HostileCorpusFixture>
{
    public static TheoryData<string> Files => [.. HostileCorpus.Cases.Select(c => c.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_GivesEachHostileInputItsFate_WhateverIsWrongWithIt(string file)
    {
        var expected = fixture.Expected.SingleOrDefault(c => c.File == file);
        if (expected is null)
        {
            return; // Not made on this system (symbolic links need a privilege on Windows).
        }

        var record = Assert.Single(fixture.Corpus.Ingest, r => r.File == file);
        Assert.True(
            record.Status == expected.Status && (expected.Reason.Length == 0 ? record.Reason.Length == 0 : record.Reason.Contains(expected.Reason, StringComparison.Ordinal)),
            $"expected {expected.Status} ({expected.Reason}), got {record.Status} ({record.Reason})");
        if (expected.Actor is not null)
        {
            Assert.Contains(expected.Actor, fixture.Actors[file]);
        }
    }

    [Fact]
    public void Load_ReportsEveryInputExactlyOnce_AndNothingElse()
    {
        var reported = fixture.Corpus.Ingest.Select(r => r.File).Order(StringComparer.Ordinal);
        var expected = fixture.Expected.Select(c => c.File).Order(StringComparer.Ordinal);
        Assert.Equal(expected, reported);
    }

    [Theory]
    [InlineData("page.html", 21)]
    [InlineData("page-saved-as.txt", 24)]
    public void Load_LeavesScriptsAndStylesOut_AndDecodesEntities_WhenTheFileIsHtml(string file, int day)
    {
        var page = fixture.Corpus.Documents.Single(d => d.File == file);
        Assert.DoesNotContain("Emmanuel Macron", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Emmanuel Macron", fixture.Actors[file]);
        Assert.DoesNotContain("color: red", page.Text, StringComparison.Ordinal);
        Assert.Equal("Niamey écoute Bamako", page.Title);
        Assert.Contains($"« Assimi Goïta » à Niamey le {day} mars 2024", page.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("au Sahel <et> de la lutte", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252.txt", "L’œuvre « commune »")]
    [InlineData("iso-8859-1.txt", "Accord de défense")]
    [InlineData("utf-16-be.txt", "UTF-16 BE sans BOM")]
    [InlineData("mixed-newlines.txt", "Fins de ligne mêlées")]
    public void Load_ReadsTheTitleAsWritten_WhateverTheEncodingAndLineEnds(string file, string title)
    {
        Assert.Equal(title, fixture.Corpus.Documents.Single(d => d.File == file).Title);
    }

    [Fact]
    public void Load_KeepsNoNulCharacter_WhenTheFileHasNulBytes()
    {
        var document = fixture.Corpus.Documents.Single(d => d.File == "nul-bytes.txt");
        Assert.DoesNotContain('\0', document.Text);
        Assert.Contains("une délégation venue de Niamey", document.Text, StringComparison.Ordinal);
    }
}
