using System.IO.Compression;
using System.Text;
using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Hostile;

/// <summary>
/// Writes a corpus folder of every kind of broken input an analyst's scraped folder holds (issue 7), and
/// says what the ingest report must make of each. Generated rather than committed, so binaries, 200 MB
/// files, names with newlines and symbolic link loops need no place in the repository. Each readable
/// article has its own text (no two are duplicates) and names an actor of the built-in dictionary with an
/// accent where the encoding is at stake, so a wrong decoding shows as a missing actor.
/// Shared by the loader's tests and the runner's end-to-end test (linked into both projects).
/// </summary>
internal static class HostileCorpus
{
    /// <summary>The per-file size limit of the default options, which the 200 MB file must exceed.</summary>
    public const long TwoHundredMegabytes = 200L * 1024 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private static readonly Lazy<IReadOnlyList<HostileInput>> AllInputs = new(Plan);

    /// <summary>Every input, in the order written, each with the fates it must end in.</summary>
    public static IReadOnlyList<HostileInput> Inputs => AllInputs.Value;

    /// <summary>Every fate the ingest report must hold, by file.</summary>
    public static IReadOnlyList<HostileCase> Cases => [.. Inputs.SelectMany(i => i.Fates)];

    /// <summary>
    /// Writes the corpus into <paramref name="root"/> (created) and returns the fates to expect: all of
    /// <see cref="Cases"/>, less those of inputs the system cannot make (symbolic links on Windows
    /// without the privilege).
    /// </summary>
    public static IReadOnlyList<HostileCase> Write(string root)
    {
        Directory.CreateDirectory(root);
        var written = new List<HostileCase>();
        foreach (var input in Inputs)
        {
            var path = Path.Combine(root, input.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                input.Make(path);
                written.AddRange(input.Fates);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && input.MayFail)
            {
                // Not made here, so not expected.
            }
        }

        return written;
    }

    private static List<HostileInput> Plan()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var plan = new Planner();
        PlanEncodings(plan);
        PlanNonArticles(plan);
        PlanShapes(plan);
        PlanNames(plan);
        PlanStructuredFormats(plan);
        PlanFolders(plan);
        return plan.Inputs;
    }

    /// <summary>
    /// Makes a symbolic link to a folder, or returns false where the system does not let tests make one
    /// (Windows without the privilege): the tests that need one then have nothing to check.
    /// </summary>
    public static bool TryLinkFolder(string link, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(link, target);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>An article of its own: <paramref name="person"/> named twice, at a date no other case uses.</summary>
    public static string Article(string title, string person, int day, string city = "Bamako") =>
        $"{title}\n\n" +
        $"{city}, le {day} mars 2024 – {person} a reçu jeudi à {city} une délégation venue de Niamey. " +
        $"« La sécurité du Sahel est l’affaire de tous », a déclaré {person} à l’issue de l’entretien.\n\n" +
        $"Les échanges ont porté sur la coopération militaire et la lutte contre le terrorisme (case {day}).\n";

    private static void PlanEncodings(Planner w)
    {
        w.Loaded("utf-8.txt", Utf8.GetBytes(Article("Coopération militaire", "Assimi Goïta", 1)), "Assimi Goïta");
        w.Loaded("utf-8-bom.txt", [.. Encoding.UTF8.Preamble, .. Utf8.GetBytes(Article("Avec BOM", "Ibrahim Traoré", 2))], "Ibrahim Traoré");
        var invalid = Utf8.GetBytes(Article("Octets invalides", "Abdourahamane Tiani", 3));
        w.Loaded("invalid-utf-8.txt", Splice(invalid, "délégation", [0xC3, 0x28, 0xFF, 0xFE]), "Abdourahamane Tiani", "invalid UTF-8");
        w.Loaded("windows-1252.txt", Encoding.GetEncoding(1252).GetBytes(Article("L’œuvre « commune »", "Célestin Simporé", 4)), "Célestin Simporé");
        var latin1 = Article("Accord de défense", "Assimi Goïta", 5).Replace('’', '\'').Replace('–', '-');
        w.Loaded("iso-8859-1.txt", Encoding.Latin1.GetBytes(latin1), "Assimi Goïta");
        w.Loaded("utf-16-le-bom.txt", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Article("UTF-16 LE", "Sadio Camara", 6))], "Sadio Camara");
        w.Loaded("utf-16-be-bom.txt", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Article("UTF-16 BE", "Salifou Mody", 7))], "Salifou Mody");
        w.Loaded("utf-16-le.txt", Encoding.Unicode.GetBytes(Article("UTF-16 LE sans BOM", "Oumar Diarra", 8)), "Oumar Diarra", "UTF-16LE without BOM");
        w.Loaded("utf-16-be.txt", Encoding.BigEndianUnicode.GetBytes(Article("UTF-16 BE sans BOM", "Célestin Simporé", 9)), "Célestin Simporé", "UTF-16BE without BOM");
        var nul = Utf8.GetBytes(Article("Octets nuls", "Ibrahim Traoré", 10));
        w.Loaded("nul-bytes.txt", Splice(Splice(nul, "coopération", [0]), "Niamey", [0, 0]), "Ibrahim Traoré", "3 NUL bytes dropped");
    }

    private static void PlanNonArticles(Planner w)
    {
        w.Skipped("empty.txt", [], "empty file");
        w.Skipped("whitespace.txt", Utf8.GetBytes(" \t\r\n\u00A0\n   \r\n"), "no text");
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', .. Noise(1, 4096)];
        w.Skipped("image.png.txt", png, "binary file (PNG");
        w.Skipped("report.pdf.txt", [.. Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), .. Noise(2, 4096)], "binary file (PDF");
        w.Skipped("archive.zip.txt", Zip(Article("Dans une archive", "Assimi Goïta", 11)), "binary file (ZIP");
        w.Skipped("random.txt", Noise(3, 65536), "binary");
        w.Add("too-large.txt", Fate("too-large.txt", "too large: 200 MB, over the 64 MB limit per file"), path =>
        {
            // Sparse: 200 MB of length at no cost in disk or time, which is all the size check looks at.
            using var stream = File.Create(path);
            stream.SetLength(TwoHundredMegabytes);
        });
        w.Skipped("notes.csv", Utf8.GetBytes("a,b\n1,2\n"), "unsupported file type '.csv'");
        w.Skipped(".DS_Store", Noise(4, 64), "hidden file");
    }

    private static void PlanShapes(Planner w)
    {
        var mixed = Article("Fins de ligne mêlées", "Sadio Camara", 12).Replace("\n\n", "\r\n\r\n", StringComparison.Ordinal);
        mixed = mixed[..mixed.LastIndexOf("\r\n\r\n", StringComparison.Ordinal)] + "\r\r" + mixed[(mixed.LastIndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        w.Loaded("mixed-newlines.txt", Utf8.GetBytes(mixed), "Sadio Camara");
        w.Loaded("one-10-mb-line.txt", OneLongLine(10 * 1024 * 1024), "Abdourahamane Tiani");
        w.Loaded("one-3-mb-word.txt", Utf8.GetBytes(Article("Un mot sans fin", "Oumar Diarra", 25) + "\n" + new string('x', 3 * 1024 * 1024) + "\n"), "Oumar Diarra");
        var names = string.Concat(Enumerable.Repeat("Moussa Saloua Barmou et Force Conjointe (FC), ", 2 * 1024 * 1024 / 46));
        w.Loaded("2-mb-of-names.txt", Utf8.GetBytes(Article("Des noms sans fin", "Salifou Mody", 26) + "\n" + names + "\n"), "Moussa Salaou Barmou");
        var markup = Article("=HYPERLINK(\"http://example.test\",\"cliquez\")", "Oumar Diarra", 13)
            .Replace("Bamako, le", "<script>alert('article')</script> <img src=x onerror=alert(1)> Bamako, le", StringComparison.Ordinal);
        w.Loaded("markup-in-text.txt", Utf8.GetBytes(markup), "Oumar Diarra");
    }

    private static void PlanNames(Planner w)
    {
        w.Loaded("name with spaces.txt", Utf8.GetBytes(Article("Espaces", "Salifou Mody", 14)), "Salifou Mody");
        w.Loaded("\"quoted\" 'name'.txt", Utf8.GetBytes(Article("Guillemets", "Oumar Diarra", 15)), "Oumar Diarra");
        if (!OperatingSystem.IsWindows())
        {
            w.Loaded("new\nline.txt", Utf8.GetBytes(Article("Saut de ligne", "Sadio Camara", 16)), "Sadio Camara");
        }

        w.Loaded("Niamey-ⵏⵉⵢⴰⵎⵉ-نيامي-尼亚美.txt", Utf8.GetBytes(Article("Écritures", "Abdourahamane Tiani", 17, "Niamey")), "Abdourahamane Tiani");
        w.Loaded("=cmd|' calc'!A0.txt", Utf8.GetBytes(Article("Formule", "Célestin Simporé", 18)), "Célestin Simporé");
    }

    private static void PlanStructuredFormats(Planner w)
    {
        w.Skipped("truncated.json", Utf8.GetBytes("{\n  \"title\": \"Mali\",\n  \"maintext\": \"Le général Assimi Goïta a"), "malformed JSON at line 3");
        var good1 = """{"title":"Lignes 1","maintext":"Le général Assimi Goïta a reçu le capitaine Ibrahim Traoré à Bamako le 19 mars 2024.","date_publish":"2024-03-19 10:00:00"}""";
        var good3 = """{"title":"Lignes 3","maintext":"Le général Abdourahamane Tiani a reçu Sadio Camara à Niamey le 20 mars 2024.","date_publish":"2024-03-20 10:00:00"}""";
        w.Add(
            "lines.jsonl",
            [
                new("lines.jsonl#1", IngestStatus.Loaded, string.Empty, "Assimi Goïta"),
                Fate("lines.jsonl#2", "line 2: malformed JSON"),
                new("lines.jsonl#3", IngestStatus.Loaded, string.Empty, "Abdourahamane Tiani"),
            ],
            Bytes($"{good1}\n{{\"title\": broken,\n{good3}\n"));
        const string page = """
            <!DOCTYPE html><html><head><title>Niamey &amp; Bamako</title>
            <style>body { color: red } .x::before { content: "Emmanuel Macron" }</style>
            <script>var s = "Emmanuel Macron"; document.write("<p>Emmanuel Macron</p>");</script></head>
            <body><nav>Accueil | Politique</nav><article><h1>Niamey &eacute;coute Bamako</h1>
            <p>Le g&eacute;n&eacute;ral Abdourahamane Tiani a re&ccedil;u &laquo;&nbsp;Assimi Go&iuml;ta&nbsp;&raquo; &#224; Niamey le 21&nbsp;mars 2024.</p>
            <p>Les deux dirigeants ont parl&#x00E9; de la s&eacute;curit&eacute; au Sahel &lt;et&gt; de la lutte contre le terrorisme.</p>
            <script>console.log("Emmanuel Macron")</script></article></body></html>
            """;
        w.Loaded("page.html", Utf8.GetBytes(page), "Assimi Goïta");
        var saved = page.Replace("21&nbsp;mars", "24&nbsp;mars", StringComparison.Ordinal);
        w.Loaded("page-saved-as.txt", Utf8.GetBytes(saved), "Assimi Goïta", "an HTML page in a text file: read as HTML");
    }

    private static void PlanFolders(Planner w)
    {
        var nested = string.Join('/', Enumerable.Range(1, 12).Select(i => $"n{i}"));
        w.Loaded($"{nested}/nested.txt", Utf8.GetBytes(Article("Très loin", "Ibrahim Traoré", 22)), "Ibrahim Traoré");
        var deep = Enumerable.Range(1, 70).Select(i => $"d{i}").ToList();
        w.Add($"{string.Join('/', deep)}/too-deep.txt", Fate(string.Join('/', deep.Take(65)) + "/", "nested deeper than 64 folders"), Bytes(Article("Trop loin", "Ibrahim Traoré", 23)));
        w.Add("loop/back", Fate("loop/back/", "symbolic link to a folder"), path => Directory.CreateSymbolicLink(path, ".."), mayFail: true);
        w.Add("link-a.txt", Fate("link-a.txt", "symbolic link loop"), path => File.CreateSymbolicLink(path, "link-b.txt"), mayFail: true);
        w.Add("link-b.txt", Fate("link-b.txt", "symbolic link loop"), path => File.CreateSymbolicLink(path, "link-a.txt"), mayFail: true);
        w.Add("dangling.txt", Fate("dangling.txt", "symbolic link to a file that does not exist"), path => File.CreateSymbolicLink(path, "nowhere.txt"), mayFail: true);
    }

    // A minified page saved as text: one line of prose, an actor every few hundred characters.
    private static byte[] OneLongLine(int length)
    {
        var sentence = Utf8.GetBytes("Le général Abdourahamane Tiani a longuement évoqué à Niamey la situation sécuritaire de la région des trois frontières, les routes commerciales, les prix des céréales et les élections à venir. ");
        var bytes = new byte[length];
        for (var i = 0; i < length; i += sentence.Length)
        {
            Array.Copy(sentence, 0, bytes, i, Math.Min(sentence.Length, length - i));
        }

        return bytes;
    }

    private static byte[] Noise(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(string text)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("article.txt").Open(), Utf8);
            entry.Write(text);
        }

        return buffer.ToArray();
    }

    private static byte[] Splice(byte[] bytes, string before, byte[] inserted)
    {
        var at = bytes.AsSpan().IndexOf(Utf8.GetBytes(before));
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    private static HostileCase Fate(string file, string reason) => new(file, IngestStatus.Skipped, reason, null);

    private static Action<string> Bytes(string text) => Bytes(Utf8.GetBytes(text));

    private static Action<string> Bytes(byte[] bytes) => path => File.WriteAllBytes(path, bytes);

    /// <summary>Collects the inputs in order.</summary>
    private sealed class Planner
    {
        public List<HostileInput> Inputs { get; } = [];

        public void Loaded(string file, byte[] bytes, string actor, string reason = "") =>
            Add(file, new HostileCase(file, IngestStatus.Loaded, reason, actor), Bytes(bytes));

        public void Skipped(string file, byte[] bytes, string reason) => Add(file, Fate(file, reason), Bytes(bytes));

        public void Add(string path, HostileCase fate, Action<string> make, bool mayFail = false) => Add(path, [fate], make, mayFail);

        public void Add(string path, IReadOnlyList<HostileCase> fates, Action<string> make, bool mayFail = false) =>
            Inputs.Add(new HostileInput(path, make, fates, mayFail));
    }
}

/// <summary>One thing written into the hostile corpus.</summary>
/// <param name="Path">Where, relative to the corpus folder.</param>
/// <param name="Make">Writes it, given its full path.</param>
/// <param name="Fates">What the ingest report must make of it (several for a JSONL file).</param>
/// <param name="MayFail">True for what some systems cannot make (symbolic links on Windows without the privilege).</param>
internal sealed record HostileInput(string Path, Action<string> Make, IReadOnlyList<HostileCase> Fates, bool MayFail);

/// <summary>One input of the hostile corpus and the fate the ingest report must give it.</summary>
/// <param name="File">The ingest report's name for it (<c>#n</c> for the n-th line of a JSONL file, a trailing <c>/</c> for a folder).</param>
/// <param name="Status">Loaded or skipped.</param>
/// <param name="Reason">Words the reason must contain; for a loaded article, empty means the reason must be empty (nothing to report).</param>
/// <param name="Actor">For a loaded article, an actor that must be found in it.</param>
internal sealed record HostileCase(string File, IngestStatus Status, string Reason, string? Actor)
{
    /// <inheritdoc/>
    public override string ToString() => File.Replace("\n", "\\n", StringComparison.Ordinal);
}
