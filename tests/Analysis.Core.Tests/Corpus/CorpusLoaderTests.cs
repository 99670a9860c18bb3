using System.Text;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Corpus;

/// <summary>Loading folders: every file ends in exactly one status, bad files never stop the run.</summary>
public sealed class CorpusLoaderTests : IDisposable
{
    private const string Article = """
        Le Niger et le Mali signent un accord de défense

        Niamey, le 12 mars 2024. Les ministres de la Défense du Niger et du Mali ont signé un accord de coopération militaire.

        L’accord prévoit des patrouilles conjointes le long de la frontière commune et un partage du renseignement.
        """;

    private readonly TempFolder _folder = new();

    static CorpusLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ReportsEmptyBinaryAndUnknownFiles_AsSkippedWithReasons_WhileTheRestLoads()
    {
        _folder.Write("good.txt", Article);
        _folder.Write("empty.txt", []);
        _folder.Write("blank.txt", "  \n\n\t \n");
        _folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        _folder.Write("report.pdf", "%PDF-1.7 not read");

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Equal(5, corpus.Ingest.Count);
        Assert.Equal(IngestStatus.Loaded, Record(corpus, "good.txt").Status);
        AssertSkipped(corpus, "empty.txt", "empty");
        AssertSkipped(corpus, "blank.txt", "whitespace");
        AssertSkipped(corpus, "image.txt", "PNG");
        AssertSkipped(corpus, "report.pdf", "unsupported file type '.pdf'");
        Assert.Single(corpus.Documents);
    }

    [Fact]
    public void Load_ReportsDuplicates_WithTheIdOfTheDocumentKept()
    {
        _folder.Write("a/original.txt", Article);
        _folder.Write("b/copy.txt", Article);
        _folder.Write("c/crlf.txt", Article.Replace("\n", "\r\n", StringComparison.Ordinal));

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        var original = Record(corpus, "a/original.txt");
        Assert.Equal(IngestStatus.Loaded, original.Status);
        var copy = Record(corpus, "b/copy.txt");
        Assert.Equal((IngestStatus.Duplicate, original.DocId), (copy.Status, copy.DocId));
        Assert.Equal("same text as a/original.txt", copy.Reason);
        var crlf = Record(corpus, "c/crlf.txt");
        Assert.Equal((IngestStatus.Duplicate, original.DocId), (crlf.Status, crlf.DocId));
        Assert.Contains("same text as a/original.txt", crlf.Reason, StringComparison.Ordinal);
        Assert.Single(corpus.Documents);
    }

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8" },
        { "utf-16le-bom", "utf-16le" },
        { "utf-16be-bom", "utf-16be" },
        { "windows-1252", "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Load_DecodesEachEncoding_ToTheSameText(string encoding, string expectedName)
    {
        _folder.Write("article.txt", Encode(Article, encoding));

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        Assert.Equal(Article, document.Text);
        Assert.Equal(expectedName, document.Encoding);
    }

    [Fact]
    public void Load_ReportsTheSameArticleInOtherEncodings_AsDuplicates()
    {
        _folder.Write("a-utf8.txt", Encode(Article, "utf-8"));
        _folder.Write("b-utf16.txt", Encode(Article, "utf-16le-bom"));
        _folder.Write("c-cp1252.txt", Encode(Article, "windows-1252"));

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Single(corpus.Documents);
        var id = Record(corpus, "a-utf8.txt").DocId;
        Assert.All(corpus.Ingest.Skip(1), r => Assert.Equal((IngestStatus.Duplicate, id, "same text as a-utf8.txt"), (r.Status, r.DocId, r.Reason)));
    }

    [Fact]
    public void Load_ReadsNewsPleaseJson_WithItsMetadata()
    {
        _folder.Write("article.json", """
            {
              "title": "Le Burkina et le Niger renforcent leur coopération",
              "maintext": "Les chefs d'état-major du Burkina Faso et du Niger se sont réunis à Niamey pour évaluer les opérations conjointes.",
              "date_publish": "2024-02-14 09:30:00",
              "source_domain": "www.example-sahel.net",
              "url": "https://www.example-sahel.net/cooperation",
              "authors": ["Awa Traoré"],
              "language": "fr"
            }
            """);

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        Assert.Equal("Le Burkina et le Niger renforcent leur coopération", document.Title);
        Assert.Equal("example-sahel.net", document.Outlet);
        Assert.Equal("Awa Traoré", document.Author);
        Assert.Equal(("2024-02-14", DateOrigin.Metadata), (document.Date.Value.ToString(), document.Date.Origin));
        Assert.Equal("https://www.example-sahel.net/cooperation", document.Url);
        Assert.StartsWith("Le Burkina et le Niger renforcent leur coopération\n\nLes chefs", document.Text, StringComparison.Ordinal);
        Assert.Equal(SegmentKind.Title, document.Segments[0].Kind);
    }

    [Fact]
    public void Load_ReadsEachGoodLineOfAJsonLinesFile_AndReportsTheBadLineByNumber()
    {
        _folder.Write("feed.jsonl", """
            {"title": "Premier article sur le Mali", "maintext": "Le Mali a annoncé lundi la création d'une nouvelle force conjointe avec ses voisins.", "date_publish": "2024-01-08"}
            {"title": "Deuxième article", "maintext": broken
            {"title": "Troisième article sur le Niger", "maintext": "Le Niger a reçu mardi une délégation burkinabè conduite par le ministre de la Défense.", "date_publish": "2024-01-09"}
            """);

        var corpus = CorpusLoader.LoadAll(_folder.Path);

        Assert.Equal(["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"], corpus.Ingest.Select(r => r.File));
        Assert.Equal([IngestStatus.Loaded, IngestStatus.Skipped, IngestStatus.Loaded], corpus.Ingest.Select(r => r.Status));
        Assert.Contains("line 2", corpus.Ingest[1].Reason, StringComparison.Ordinal);
        Assert.Equal(["Premier article sur le Mali", "Troisième article sur le Niger"], corpus.Documents.Select(d => d.Title));
    }

    [Fact]
    public void Load_ReportsMalformedJson_AsSkipped()
    {
        _folder.Write("broken.json", "{\"title\": \"Un titre\", \"maintext\": ");
        AssertSkipped(CorpusLoader.LoadAll(_folder.Path), "broken.json", "malformed JSON");
    }

    [Fact]
    public void Load_ReadsHtml_WithoutScriptsAndWithItsFurnitureMarked()
    {
        _folder.Write("page.html", """
            <!DOCTYPE html>
            <html lang="fr"><head>
              <meta charset="utf-8"><title>Coopération militaire | Sahel Info</title>
              <meta property="og:site_name" content="Sahel Info">
              <meta property="article:published_time" content="2023-08-29T10:12:00+00:00">
              <script>var tracking = "le Mali";</script><style>p { color: red }</style>
            </head><body>
              <nav><a href="/">Accueil</a> <a href="/securite">Sécurité</a></nav>
              <article>
                <h1>Le Burkina et le Mali renforcent leur coopération</h1>
                <p>Le chef d&#8217;état-major général des armées a conduit une délégation &agrave; Bamako.</p>
                <p>Les échanges ont porté sur les opérations en cours dans les deux pays.</p>
              </article>
              <footer>© 2023 Sahel Info</footer>
            </body></html>
            """);

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        Assert.Equal("Le Burkina et le Mali renforcent leur coopération", document.Title);
        Assert.Equal("Sahel Info", document.Outlet);
        Assert.Equal("2023-08-29", document.Date.Value.ToString());
        Assert.Equal("fr", document.Language);
        Assert.DoesNotContain("tracking", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", document.Text, StringComparison.Ordinal);
        Assert.Contains("Le chef d’état-major général des armées a conduit une délégation à Bamako.", document.Text, StringComparison.Ordinal);
        var nav = Assert.Single(document.Segments, s => document.TextOf(s) == "Accueil Sécurité");
        Assert.Equal(SegmentKind.Boilerplate, nav.Kind);
        var footer = Assert.Single(document.Segments, s => document.TextOf(s) == "© 2023 Sahel Info");
        Assert.Equal(SegmentKind.Boilerplate, footer.Kind);
    }

    [Fact]
    public void Load_ReadsMarkdownFrontMatter_AsMetadata()
    {
        _folder.Write("note.md", """
            ---
            title: Le Tchad accueille un sommet régional
            date: 2024-03
            author: Awa Traoré
            source: Sahel Info
            ---
            # Le Tchad accueille un sommet régional

            Les chefs d'État de la région se retrouvent à N'Djamena pour un sommet consacré à la sécurité.
            """);

        var document = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Documents);

        Assert.Equal("Le Tchad accueille un sommet régional", document.Title);
        Assert.Equal(("2024-03", DatePrecision.Month), (document.Date.Value.ToString(), document.Date.Precision));
        Assert.Equal("Awa Traoré", document.Author);
        Assert.Equal("Sahel Info", document.Outlet);
        Assert.Equal(SegmentKind.Boilerplate, document.Segments[0].Kind);
        Assert.DoesNotContain(document.Segments, s => s.Kind == SegmentKind.Dateline); // "date: 2024-03" is front matter
    }

    [Fact]
    public void Load_SkipsHiddenFilesAndFolders_AndTheExcludedOutputFolder()
    {
        _folder.Write("article.txt", Article);
        _folder.Write(".DS_Store", [0, 1, 2]);
        _folder.Write(".git/config", "[core]");
        var output = Path.Combine(_folder.Path, "reports");
        _folder.Write("reports/data/documents.csv", "doc_id,file\n");

        var corpus = CorpusLoader.LoadAll(_folder.Path, new CorpusOptions { ExcludedFolders = [output] });

        AssertSkipped(corpus, ".DS_Store", "hidden file");
        AssertSkipped(corpus, ".git/", "hidden folder");
        AssertSkipped(corpus, "reports/", "output folder");
        Assert.Equal(4, corpus.Ingest.Count);
    }

    [Fact]
    public void Load_SkipsFilesOverTheSizeLimit()
    {
        _folder.Write("big.txt", new string('a', 2000));
        AssertSkipped(CorpusLoader.LoadAll(_folder.Path, new CorpusOptions { MaxFileBytes = 1000 }), "big.txt", "too large");
    }

    [Fact]
    public void Load_Throws_WhenTheFolderDoesNotExist()
    {
        var missing = Path.Combine(_folder.Path, "missing");
        var error = Assert.Throws<CorpusException>(() => new CorpusLoader().Load(missing));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IsLazy_SoTheCorpusIsNeverReadUpFront()
    {
        _folder.Write("1.txt", Article);
        _folder.Write("2.txt", Article.Replace("Niger", "Tchad", StringComparison.Ordinal));

        using var results = new CorpusLoader().Load(_folder.Path).GetEnumerator();
        Assert.True(results.MoveNext());
        File.Delete(Path.Combine(_folder.Path, "2.txt"));
        Assert.True(results.MoveNext());

        // The second file was listed before it was deleted, then read after: it is reported, not lost.
        Assert.Equal((IngestStatus.Skipped, "disappeared before it could be read"), (results.Current.Record.Status, results.Current.Record.Reason));
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text), // 1252 has ’ (0x92), é, è, à
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    private static IngestRecord Record(LoadedCorpus corpus, string file) => Assert.Single(corpus.Ingest, r => r.File == file);

    private static void AssertSkipped(LoadedCorpus corpus, string file, string reasonPart)
    {
        var record = Record(corpus, file);
        Assert.Equal(IngestStatus.Skipped, record.Status);
        Assert.Contains(reasonPart, record.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(record.DocId);
    }
}
