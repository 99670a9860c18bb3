using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;
using UglyToad.PdfPig;

namespace Analysis.Reporting.Tests.Briefing;

/// <summary>The seeds' briefing in English and in French (with a focus), written once for the tests that read them.</summary>
public sealed class SeedBriefingFixture : IDisposable
{
    public static readonly DateTimeOffset Generated = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-tests-" + Guid.NewGuid().ToString("N"));

    public SeedBriefingFixture()
    {
        English = Run("en", new BriefingOptions { Generated = Generated, CorpusName = "seeds" });
        French = Run("fr", new BriefingOptions { Generated = Generated, CorpusName = "seeds", Language = BriefingLanguage.French, Focus = "Assimi Goïta" });
        EnglishPages = Pages(English.PdfPath!);
        FrenchPages = Pages(French.PdfPath!);
    }

    public BriefingOutcome English { get; }

    public BriefingOutcome French { get; }

    /// <summary>The English briefing's text, page by page (index 0 is page 1).</summary>
    public IReadOnlyList<string> EnglishPages { get; }

    /// <summary>The French briefing's text, page by page.</summary>
    public IReadOnlyList<string> FrenchPages { get; }

    public string Folder(string name) => Path.Combine(_root, name);

    public BriefingOutcome Run(string name, BriefingOptions? options, ExportSettings? settings = null) =>
        BriefingPipeline.Run(new CorpusLoader().Load(ProjectFolders.Seeds(AppContext.BaseDirectory)), OutputFolder.Prepare(Folder(name)), new ActorExtractor(), settings ?? ExportSettings.Default, options);

    public static IReadOnlyList<string> Pages(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' '))];
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
