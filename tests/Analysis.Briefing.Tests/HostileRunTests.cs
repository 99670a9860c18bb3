using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.Tests.Hostile;

namespace Analysis.Briefing.Tests;

/// <summary>
/// The whole run on the hostile corpus (issue 7): whatever the folder holds, the run ends with exit code 0,
/// every input once in ingest.csv with its fate, the good articles' actors found, and no stack trace.
/// </summary>
public sealed class HostileRunTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hostile-run-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _corpus;
    private readonly IReadOnlyList<HostileCase> _expected;

    public HostileRunTests()
    {
        _corpus = Path.Combine(_root, "corpus");
        _expected = HostileCorpus.Write(_corpus);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("briefing")]
    [InlineData("extract")]
    public void Run_ReadsEveryInputOnceAndFindsTheGoodArticlesActors_WhenTheCorpusIsHostile(string command)
    {
        var output = Path.Combine(_root, command);
        string[] options = ["--corpus", _corpus, "--out", output];

        var (code, stdout, stderr) = Runner.Run(command == "extract" ? ["extract", .. options] : options);

        Assert.True(code == 0, $"exit code {code}: {stderr}");
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Contains($"{_expected.Count} inputs", stdout, StringComparison.Ordinal);
        var ingest = ReadCsv(output, "ingest.csv");
        // File names are untrusted text too: one that starts like a formula is written neutralised.
        Assert.Equal(
            _expected.Select(c => SpreadsheetSafety.Neutralise(c.File)).Order(StringComparer.Ordinal),
            ingest.Select(r => r["file"]).Order(StringComparer.Ordinal));
        var actorsByDocument = ReadCsv(output, "mentions.csv").ToLookup(m => m["doc_id"], m => m["actor"]);
        foreach (var fate in _expected)
        {
            var record = ingest.Single(r => r["file"] == SpreadsheetSafety.Neutralise(fate.File));
            Assert.True(
                record["status"] == new IngestRecord(fate.File, fate.Status, string.Empty, string.Empty).StatusName && record["reason"].Contains(fate.Reason, StringComparison.Ordinal),
                $"{fate}: {record["status"]}, {record["reason"]}");
            if (fate.Actor is not null)
            {
                Assert.Contains(fate.Actor, actorsByDocument[record["doc_id"]]);
            }
        }

        Assert.Equal(command == "briefing", File.Exists(Path.Combine(output, "briefing.pdf")));
    }

    [Fact]
    public void Run_NeutralisesCellsThatReadAsFormulas_InEveryDataFile()
    {
        var output = Path.Combine(_root, "out");

        Assert.Equal(0, Runner.Run("extract", "--corpus", _corpus, "--out", output).Code);

        var documents = ReadCsv(output, "documents.csv");
        Assert.Contains(documents, d => d["file"] == "'=cmd|' calc'!A0.txt");
        Assert.Equal("Saut de ligne", documents.Single(d => d["file"] == "new\nline.txt")["title"]);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(output, "data"), "*.csv"))
        {
            Assert.All(ReadCsv(output, Path.GetFileName(file)).SelectMany(r => r.Values), cell => Assert.False(
                cell.Length > 0 && cell[0] is '=' or '+' or '@' or '\t' or '\r' || (cell.Length > 1 && cell[0] == '-' && !char.IsDigit(cell[1])),
                $"{Path.GetFileName(file)}: {cell}"));
        }
    }

    private static List<Dictionary<string, string>> ReadCsv(string output, string name)
    {
        using var csv = global::CsvHelper.CsvReader.FromFile(Path.Combine(output, "data", name), new global::CsvHelper.CsvReaderOptions(), FileOptions.SequentialScan);
        var rows = new List<Dictionary<string, string>>();
        csv.ReadHeader();
        var header = csv.Headers.ToList();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, header.Count).ToDictionary(i => header[i], i => csv.GetString(i), StringComparer.Ordinal));
        }

        return rows;
    }
}
