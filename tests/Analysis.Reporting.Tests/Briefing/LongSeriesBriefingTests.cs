using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;
using Analysis.Reporting.Tests.Notebooks;

namespace Analysis.Reporting.Tests.Briefing;

/// <summary>
/// A briefing over more months than its tables and timelines show: fourteen months, each with one article,
/// Assimi Goïta named with Célestin Simporé in odd months and with Oumar Diarra in even ones, so every
/// month's ties differ from the month before's.
/// </summary>
public sealed class LongSeriesBriefingTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Changes_ShowTheLastTwelveComparisons_AndSayWhereTheOthersAre()
    {
        var pages = SeedBriefingFixture.Pages(RunOnFourteenMonths());

        // Fourteen months make thirteen comparisons of one month with the next.
        Assert.Contains(pages, p => p.Contains("The last 12 of 13 comparisons between periods are shown; data/changes.csv holds them all.", StringComparison.Ordinal));
    }

    private string RunOnFourteenMonths()
    {
        var corpus = Directory.CreateDirectory(_folder["corpus"]).FullName;
        for (var month = 0; month < 14; month++)
        {
            var date = new DateOnly(2023, 1, 10).AddMonths(month);
            var other = month % 2 == 0 ? "Célestin Simporé" : "Oumar Diarra";
            File.WriteAllText(
                Path.Combine(corpus, $"{month:00}.md"),
                string.Join('\n', "---", $"title: \"Rencontre à Bamako, mois {month + 1}\"", $"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", "---", $"Assimi Goïta a reçu {other} à Bamako pour parler de la sécurité au Sahel."));
        }

        var outcome = BriefingPipeline.Run(new CorpusLoader().Load(corpus), OutputFolder.Prepare(_folder["out"]), new ActorExtractor(), ExportSettings.Default, new BriefingOptions { CorpusName = "months" });
        return outcome.PdfPath!;
    }
}
