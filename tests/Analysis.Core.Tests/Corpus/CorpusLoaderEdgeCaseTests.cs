using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Corpus;

/// <summary>Inputs where a careless loader loses prose, takes a wrong date, or hangs.</summary>
public sealed class CorpusLoaderEdgeCaseTests : IDisposable
{
    private const string Prose = "Les ministres de la Défense du Niger et du Mali ont signé mardi à Niamey un accord de coopération militaire.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("<body class=\"post-template has-sidebar\"><main><article><h1>Accord de défense</h1><p>{0}</p></article></main></body>")]
    [InlineData("<body><main class=\"site-main with-sidebar\"><h1>Accord de défense</h1><p>{0}</p></main></body>")]
    [InlineData("<body><article><h1>Accord de défense</h1><div class=\"entry-content shareable-quotes\"><p>{0}</p></div></article></body>")]
    [InlineData("<body><article class=\"teaser\"><a href=\"/x\">Autre article</a></article><article><h1>Accord de défense</h1><p>{0}</p></article></body>")]
    public void Load_KeepsHtmlProse_WhateverTheThemesClassNames(string body)
    {
        _folder.Write("page.html", $"<html><head><title>Accord de défense</title></head>{string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Prose)}</html>");

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        var prose = Assert.Single(document.Segments, s => document.TextOf(s) == Prose);
        Assert.Equal(SegmentKind.Content, prose.Kind);
    }

    [Theory]
    [InlineData("&#65279;")]
    [InlineData("&#1;")]
    [InlineData("e&#x301;")]
    public void Load_MarksHtmlFurniture_WhenACharacterReferenceBeforeItIsNormalisedAway(string reference)
    {
        // Found by fuzzing (b"&#1<footer>\xC2"): the text was normalised after the furniture's offsets
        // were taken, so a removed or composed character shifted every mark after it.
        const string Related = "Le Niger et le Mali signent un accord historique de défense commune à Niamey";
        _folder.Write("page.html", $"<html><body><article><h1>Accord de défense</h1><p>{reference}{Prose}</p><div class=\"related\">{Related}</div><p>{Prose}</p></article></body></html>");

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        var related = Assert.Single(document.Segments, s => document.TextOf(s) == Related);
        Assert.Equal((SegmentKind.Boilerplate, "markup:related"), (related.Kind, related.Rule));
    }

    [Fact]
    public void Load_IgnoresATimeWidgetOutsideTheArticle_WhenDatingAnHtmlPage()
    {
        _folder.Write("page.html", $"""
            <html><body>
              <header>Aujourd'hui : <time datetime="2024-11-20">20 novembre 2024</time></header>
              <article><h1>Accord de défense</h1><p>Publié le 2 mars 2023</p><p>{Prose}</p></article>
            </body></html>
            """);

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        Assert.Equal(("2023-03-02", DateOrigin.Dateline), (document.Date.Value.ToString(), document.Date.Origin));
    }

    [Fact]
    public void Load_ReadsAJsonLinesRecord_WithALineSeparatorInsideAString()
    {
        _folder.Write("feed.jsonl", "{\"title\": \"Accord de défense\", \"maintext\": \"Premier paragraphe.\u2028" + Prose + "\"}\n");

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        var record = Assert.Single(corpus.Ingest);
        Assert.Equal(IngestStatus.Loaded, record.Status);
        Assert.Contains(Prose, Assert.Single(corpus.Documents).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MeasuresWhatASymbolicLinkPointsTo_AgainstTheSizeLimit()
    {
        var target = Path.Combine(Path.GetTempPath(), "analysis-link-target-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(target, new string('a', 5000));
        try
        {
            File.CreateSymbolicLink(Path.Combine(_folder.Path, "link.txt"), target);
            var record = Assert.Single(CorpusLoader.LoadAll(_folder.Path, new CorpusOptions { MaxFileBytes = 1000 }).Ingest);
            Assert.Equal(IngestStatus.Skipped, record.Status);
            Assert.StartsWith("too large", record.Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Load_ReportsADanglingLink_AsSuch()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "dangling.txt"), Path.Combine(_folder.Path, "nowhere.txt"));
        var record = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Ingest);
        Assert.Equal((IngestStatus.Skipped, "symbolic link to a file that does not exist"), (record.Status, record.Reason));
    }

    [Fact]
    public void Load_LoadsTheArticle_WhenAUtf16FileHoldsAByteSwappedByteOrderMark()
    {
        // Found by fuzzing: two UTF-16 exports of opposite byte order, end to end, once cost the file.
        byte[] bytes = [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Accord de défense\n\n"), 0xFE, 0xFF, .. System.Text.Encoding.Unicode.GetBytes(Prose)];
        _folder.Write("swapped.txt", bytes);

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Equal(IngestStatus.Loaded, Assert.Single(corpus.Ingest).Status);
        Assert.DoesNotContain('\uFFFE', Assert.Single(corpus.Documents).Text);
    }

    [Fact]
    public void Load_KeepsEveryLine_WhenAJsonStringEscapesAnUnpairedSurrogate()
    {
        // Found by fuzzing ({"title":"\ud800"}): valid JSON that GetString refuses; the exception cost every
        // line of the file. The outlet also reaches the title's folding without passing the normaliser.
        _folder.Write("feed.jsonl", $$"""
            {"title": "Accord de défense \ud83d - Sahel", "maintext": "{{Prose}}", "source_domain": "sahel\udc00.example"}
            {"title": "Autre accord", "maintext": "Le Niger et le Mali ont signé un autre accord mercredi à Bamako."}
            """);

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Equal([IngestStatus.Loaded, IngestStatus.Loaded], corpus.Ingest.Select(r => r.Status));
        Assert.StartsWith("Accord de défense \uFFFD - Sahel\n", corpus.Documents[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SaysSo_WhenOnlyAHeadlineWasFound()
    {
        _folder.Write("headline.txt", "Le Niger et le Mali signent un accord de défense\n\nPartager\n\nLaisser un commentaire");

        var record = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Ingest);

        Assert.Equal(IngestStatus.Loaded, record.Status);
        Assert.Contains("no article prose found", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DatesAnArticleByTheDayWithItsWeekday_NotByADateItLooksBackTo()
    {
        _folder.Write("a.txt", "Le Mali commémore le coup d'État\n\nDepuis le coup d'État du 26 juillet 2023, le pays a changé de partenaires. Ce vendredi 26 juillet 2024, les autorités ont célébré l'anniversaire à Niamey.");
        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);
        Assert.Equal("2024-07-26", document.Date.Value.ToString());
    }

    [Fact]
    public void Load_ReadsAnEnglishDateline_OverFrenchProse()
    {
        _folder.Write("a.txt", $"Accord de défense entre le Niger et le Mali\n\nPublished: 5 March 2024\n\n{Prose}");
        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);
        Assert.Equal(("2024-03-05", DateOrigin.Dateline), (document.Date.Value.ToString(), document.Date.Origin));
    }

    [Fact]
    public void Load_TakesTheOutletFromACopyrightLine()
    {
        _folder.Write("a.txt", $"Accord de défense entre le Niger et le Mali\n\n{Prose}\n\n© 2024 Sahel Times. Tous droits réservés.");
        Assert.Equal("Sahel Times", Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents).Outlet);
    }
}
