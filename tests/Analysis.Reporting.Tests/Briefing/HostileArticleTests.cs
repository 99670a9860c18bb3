using System.Text;
using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;
using Analysis.Reporting.Pdf;
using Analysis.Reporting.Tests.Notebooks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Analysis.Reporting.Tests.Briefing;

/// <summary>
/// The seeds' briefing with one more article, whose file name, title, outlet, address and text carry what
/// a scraped page can: controls, bidi overrides, characters DejaVu Sans lacks, a huge word, line breaks.
/// </summary>
public sealed class HostileArticleTests : IDisposable
{
    private static readonly PageTemplate Template = PageTemplate.For(Analysis.Reporting.Fluent.PageSize.A4);
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_WritesABriefingThatOpens_WhenAnArticleIsHostile()
    {
        var corpus = Directory.CreateDirectory(_folder["corpus"]).FullName;
        foreach (var seed in Directory.GetFiles(ProjectFolders.Seeds(AppContext.BaseDirectory), "*.txt"))
        {
            File.Copy(seed, Path.Combine(corpus, Path.GetFileName(seed)));
        }

        // Windows forbids line feeds, quotes and tabs in file names; elsewhere they reach the annex's tables.
        var name = OperatingSystem.IsWindows() ? "hostile \u202Egnp.md" : "hostile\n\"cité\"\ttab \u202Egnp.md";
        File.WriteAllText(Path.Combine(corpus, name), Article);

        var outcome = BriefingPipeline.Run(new CorpusLoader().Load(corpus), OutputFolder.Prepare(_folder["out"]), new ActorExtractor(), ExportSettings.Default, new BriefingOptions { CorpusName = "hostile" });

        using var pdf = PdfDocument.Open(outcome.PdfPath!);
        var letters = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        var pages = SeedBriefingFixture.Pages(outcome.PdfPath!);
        Assert.Equal(outcome.Pages, pdf.NumberOfPages);
        Assert.Contains(pages, p => p.Contains("Assimi Goïta gnp.exe reçoit \uFFFD\uFFFD \uFFFD \uFFFD", StringComparison.Ordinal));
        Assert.DoesNotContain(letters.EnumerateRunes(), r => Rune.IsControl(r) || r.Value is 0x202E or 0x202C);
        Assert.All(pdf.GetPages(), p => Assert.All(p.Letters, l => Assert.InRange(l.StartBaseLine.X, Template.Left - 0.5, p.Width - Template.Right + 0.5)));
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.GetAnnotations()), a => a.Action is UriAction u && !u.Uri.StartsWith("http", StringComparison.Ordinal));
    }

    private static string Article => string.Join('\n',
        "---",
        "title: \"Assimi Goïta \\u202Egnp.exe\\u202C reçoit 中文 👨‍👩‍👧 \\a Célestin Simporé\"",
        "source: \"Outlet\\tTab \\U0001F1EB\\U0001F1F7 \\u202Eevil\"",
        "url: \"javascript:alert(1)\"",
        "date: 2024-11-07",
        "---",
        "Assimi Goïta \u202Egnp.exe\u202C a reçu le général Célestin Simporé à Bamako. « Nous \u0007 resterons unis 中文 👨‍👩‍👧 🇫🇷 », a dit Célestin Simporé à Assimi Goïta.",
        string.Empty,
        "Le général Oumar Diarra a salué Assimi Goïta et Célestin Simporé : " + new string('x', 5000) + " مرحبا z\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301.",
        string.Empty,
        "Le général Oumar Diarra et Célestin Simporé\u2028ont parlé\u2029de coopération avec Assimi Goïta\uFEFF au Mali.");
}
