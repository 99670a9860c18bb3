using System.Text.RegularExpressions;
using Analysis.Reporting.Briefing;
using UglyToad.PdfPig;

namespace Analysis.Reporting.Tests.Briefing;

// Expected values come from reading seeds/: 000 (29 Aug 2023, Reflet info) names the "Colonel-major
// Célestin Simporé"; 001 (10 Nov 2023) calls him "général de brigade"; 002–004 (Nov 2024) report the
// meeting of the AES chiefs of staff in Bamako under Assimi Goïta.
public sealed partial class BriefingDocumentTests(SeedBriefingFixture seeds) : IClassFixture<SeedBriefingFixture>
{
    [Fact]
    public void Findings_ReportSimporesPromotion_FromTheArticlesOfAugustAndNovember2023()
    {
        var findings = Section(seeds.EnglishPages, "1 Key findings", "2 Actors");

        Assert.Contains("Célestin Simporé is called général de brigade from November 2023 (before: colonel-major)", findings, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_HoldFourToEightBullets_EachEndingWithACitationOrAFigure()
    {
        var findings = Section(seeds.EnglishPages, "1 Key findings", "2 Actors");

        var bullets = findings.Split('•', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();
        Assert.InRange(bullets.Count, 4, 8);
        Assert.True(bullets.Count(b => CitationPattern().IsMatch(b)) >= 3, string.Join("\n", bullets));
    }

    [Fact]
    public void Citations_LeadToNumberedSources_ThatListTheCitedArticles()
    {
        var text = string.Join(' ', seeds.EnglishPages);
        var cited = CitationPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var sources = Section(seeds.EnglishPages, "5.1 Articles cited", "5.2 Ingest report");

        Assert.NotEmpty(cited);
        Assert.Equal(Enumerable.Range(1, cited.Max()), cited.Order());
        Assert.Contains("COOPERATION MILITAIRE : le Burkina et Mali", sources, StringComparison.Ordinal);
        Assert.Contains("Reflet info", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_GivePageNumbers_WhereTheHeadingsAreDrawn()
    {
        // Read the contents line by line (words sharing a baseline): a page number belongs to its heading's line.
        using var document = PdfDocument.Open(seeds.English.PdfPath!);
        var lines = document.GetPage(2).GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList();
        foreach (var heading in new[] { "1 Key findings", "2 Actors", "3 Co-occurrence over time", "4 Method and limits", "5 Annexes" })
        {
            var line = Assert.Single(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
            var page = int.Parse(line.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith("Who appears", seeds.EnglishPages[page - 1], StringComparison.Ordinal);
            Assert.Contains(heading, seeds.EnglishPages[page - 1], StringComparison.Ordinal);
            Assert.DoesNotContain(seeds.EnglishPages.Skip(2).Take(page - 3), p => p.Contains(heading, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Method_StatesTheMinimumSupportInTheSingular_WhenItIsOneArticle()
    {
        // The seeds are counted with the default minimum support of one article per tie and period.
        var method = Section(seeds.EnglishPages, "4 Method and limits", "5 Annexes");

        Assert.Contains("at least 1 article in a period", Regex.Replace(method, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void French_TranslatesTheFixedText_AndKeepsTheQuotesInFrench()
    {
        var text = string.Join(' ', seeds.FrenchPages);

        Assert.Contains("Principaux constats", text, StringComparison.Ordinal);
        Assert.Contains("Méthode et limites", text, StringComparison.Ordinal);
        Assert.Contains($"page 3 sur {seeds.FrenchPages.Count}", seeds.FrenchPages[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Key findings", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" of ", seeds.FrenchPages[2], StringComparison.Ordinal);
        Assert.Contains("Simporé est désigné comme général de brigade à partir de novembre 2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_DrawsTheChartsInFrench_InThePdfAndBesideIt()
    {
        var text = string.Join(' ', seeds.FrenchPages);

        Assert.Contains("Mois (3 avec des articles", text, StringComparison.Ordinal);
        Assert.Contains("Paires citées dans le même article", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles naming", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Month (", text, StringComparison.Ordinal);
        Assert.Contains("Acteurs les plus cités", File.ReadAllText(Path.Combine(seeds.Folder("fr"), "charts", "top-actors.svg")), StringComparison.Ordinal);
        Assert.Contains("Most reported actors", File.ReadAllText(Path.Combine(seeds.Folder("en"), "charts", "top-actors.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Focus_AddsTheActorsSection_WithItsTiesAndEvidence()
    {
        var focus = Section(seeds.FrenchPages, "Gros plan : Assimi Goïta", "Méthode et limites");

        Assert.Contains("Alliance des États du Sahel", focus, StringComparison.Ordinal);
        Assert.Contains("Moussa Salaou Barmou", focus, StringComparison.Ordinal);
        Assert.DoesNotContain(seeds.EnglishPages, p => p.Contains("Focus:", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ThrowsWithTheClosestNames_WhenTheFocusIsNotInTheCorpus()
    {
        var error = Assert.Throws<UnknownFocusException>(() => seeds.Run("unknown", new BriefingOptions { Focus = "Asimi Goita" }));

        Assert.Equal("Assimi Goïta", error.Closest[0]);
        Assert.False(File.Exists(Path.Combine(seeds.Folder("unknown"), BriefingPipeline.PdfName)));
    }

    [Fact]
    public void Run_RemovesTheEarlierBriefing_WhenTheNewRunCannotWriteOne()
    {
        var earlier = seeds.Run("stale", new BriefingOptions { Generated = SeedBriefingFixture.Generated });
        Assert.True(File.Exists(earlier.PdfPath));

        Assert.Throws<UnknownFocusException>(() => seeds.Run("stale", new BriefingOptions { Focus = "Nobody Atall" }));

        Assert.False(File.Exists(earlier.PdfPath));
        Assert.True(File.Exists(Path.Combine(seeds.Folder("stale"), "data", "documents.csv")));
    }

    [Fact]
    public void French_NamesTheWindowWithItsGender_WhenTiesAreCountedBySentence()
    {
        var sentence = seeds.Run("fr-sentence", new BriefingOptions { Language = BriefingLanguage.French, Generated = SeedBriefingFixture.Generated }, Analysis.Reporting.Output.ExportSettings.For([Analysis.Core.Cooccurrence.Periods.PeriodUnit.Month], window: Analysis.Core.Cooccurrence.CooccurrenceWindow.Sentence));

        var text = string.Join(' ', SeedBriefingFixture.Pages(sentence.PdfPath!));
        Assert.Contains("cités dans la même phrase", text, StringComparison.Ordinal);
        Assert.DoesNotContain("un même phrase", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WritesTheSameBytes_WhenTheGenerationDateIsFixed()
    {
        var again = seeds.Run("again", new BriefingOptions { Generated = SeedBriefingFixture.Generated, CorpusName = "seeds" });

        Assert.Equal(File.ReadAllBytes(seeds.English.PdfPath!), File.ReadAllBytes(again.PdfPath!));
    }

    [Fact]
    public void Run_SetsTitleAndPageSize_FromTheOptions()
    {
        var letter = seeds.Run("letter", new BriefingOptions { Title = "Sahel: the AES year", PageSize = Analysis.Reporting.Fluent.PageSize.Letter, Generated = SeedBriefingFixture.Generated });

        using var document = PdfDocument.Open(letter.PdfPath!);
        Assert.Equal("Sahel: the AES year", document.Information.Title);
        Assert.Equal((612, 792), ((int)Math.Round(document.GetPage(1).Width), (int)Math.Round(document.GetPage(1).Height)));
        Assert.Contains("Sahel: the AES year", document.GetPage(3).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WritesNoBriefing_WhenOnlyTheDataIsAskedFor()
    {
        var outcome = seeds.Run("extract", options: null);

        Assert.Null(outcome.PdfPath);
        Assert.False(File.Exists(Path.Combine(seeds.Folder("extract"), BriefingPipeline.PdfName)));
        Assert.False(Directory.Exists(Path.Combine(seeds.Folder("extract"), "charts")));
        Assert.True(File.Exists(Path.Combine(seeds.Folder("extract"), "data", "cooccurrence.csv")));
    }

    private static string Section(IReadOnlyList<string> pages, string from, string to)
    {
        var text = string.Join(' ', pages.Skip(2));
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"'{from}' … '{to}' not found in order");
        return text[start..end];
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex CitationPattern();
}
