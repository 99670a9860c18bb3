using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;
using Analysis.Reporting.Tests.Notebooks;

namespace Analysis.Reporting.Tests.Briefing;

/// <summary>
/// Which passage the briefing quotes for a tie: four articles of March 2024 name Assimi Goïta with Mali,
/// first in two paragraphs, then in one sentence too long to quote, then in a short sentence, then in
/// another short sentence that also names Niger.
/// </summary>
public sealed class BriefingCollectorTests : IDisposable
{
    private static readonly string LongSentence =
        "Assimi Goïta a évoqué avec le Mali " + string.Join(", ", Enumerable.Repeat("la sécurité des routes du nord", 15)) + ".";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Passage_KeepsTheFirstShortSentence_WhenLaterOnesAreNoBetter()
    {
        using var collector = Collect(out var ids);
        var pair = new ActorPair(ids["Assimi Goïta"], ids["Mali"]);

        foreach (var period in new[] { Period.All, Period.Parse("2024-03") })
        {
            var passage = collector.Passage(pair, period);
            Assert.NotNull(passage);
            Assert.Equal(CooccurrenceWindow.Sentence, passage.Evidence.Window);
            Assert.Equal("Assimi Goïta a reçu le ministre du Mali à Koulouba.", passage.Evidence.Text);
            Assert.Equal("03.md", Path.GetFileName(passage.Source.File));
        }
    }

    [Fact]
    public void PassageOf_TakesTheTieSeenFirst_WhenTwoTiesAreEquallyWellShown()
    {
        using var collector = Collect(out var ids);

        var passage = collector.PassageOf(ids["Assimi Goïta"], Period.Parse("2024-03"));

        // Goïta and Mali were seen together (article 01) before Goïta and Niger (article 04); both end with a
        // short sentence.
        Assert.NotNull(passage);
        Assert.Equal("Assimi Goïta a reçu le ministre du Mali à Koulouba.", passage.Evidence.Text);
    }

    [Fact]
    public void Passage_IsNull_ForATieNeverSeen()
    {
        using var collector = Collect(out var ids);

        Assert.Null(collector.Passage(new ActorPair(ids["Mali"], ids["Niger"]), Period.Parse("2024-04")));
    }

    private BriefingCollector Collect(out Dictionary<string, string> ids)
    {
        var corpus = Directory.CreateDirectory(_folder["corpus"]).FullName;
        string[] bodies =
        [
            "Assimi Goïta a parlé à Bamako.\n\nPlus tard, le Mali a annoncé une réforme.",
            LongSentence,
            "Assimi Goïta a reçu le ministre du Mali à Koulouba.",
            "Assimi Goïta a salué le Mali et le Niger hier.",
        ];
        for (var i = 0; i < bodies.Length; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"{i + 1:00}.md"), $"---\ntitle: \"Article {i + 1}\"\ndate: 2024-03-0{i + 1}\n---\n{bodies[i]}\n");
        }

        var extractor = new ActorExtractor();
        var settings = ExportSettings.Default with { Charts = false };
        var collector = new BriefingCollector(extractor.Dictionary, settings, scratchFolder: _folder.Path);
        var summary = DataExport.Write(new CorpusLoader().Load(corpus), OutputFolder.Prepare(_folder["out"]), extractor, settings, observer: collector);
        ids = summary.Totals!.Actors.ToDictionary(a => a.Actor.Name, a => a.Actor.Id, StringComparer.Ordinal);
        return collector;
    }
}
