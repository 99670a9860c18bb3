using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

/// <summary>
/// Precision and recall on the 25 labelled pages of other outlets (Fixtures/Layouts), against actors a
/// reader annotated before the extractor ran (actors.tsv), at the (page, actor) level, places apart.
/// </summary>
public sealed class LayoutActorTests
{
    private static readonly string Folder = LabelledPage.Folder;

    private static readonly Lazy<List<PageScore>> Scores = new(ScoreAll);

    [Fact]
    public void Extract_ReachesAnF1OfAtLeast090_OnTheLabelledPages()
    {
        var truePositives = Scores.Value.Sum(s => s.TruePositives);
        var extra = Scores.Value.Sum(s => s.Extra.Count);
        var missed = Scores.Value.Sum(s => s.Missed.Count);
        var precision = truePositives / (double)(truePositives + extra);
        var recall = truePositives / (double)(truePositives + missed);
        var f1 = 2 * precision * recall / (precision + recall);

        Assert.True(f1 >= 0.90, $"F1 {f1:F3} (precision {precision:F3}, recall {recall:F3}); extra: {string.Join("; ", Scores.Value.SelectMany(s => s.Extra.Select(e => $"{s.File}: {e}")))}; missed: {string.Join("; ", Scores.Value.SelectMany(s => s.Missed.Select(m => $"{s.File}: {m}")))}");
    }

    [Fact]
    public void Extract_FindsNoAuthorAsAnActor_OnTheLabelledPages()
    {
        var corpus = CorpusLoader.LoadAll(Folder);
        var extractor = new ActorExtractor();
        foreach (var document in corpus.Documents.Where(d => d.Author.Length > 0))
        {
            var actors = extractor.Extract(document).Actors.Select(a => a.Name).ToList();
            foreach (var author in document.Author.Split("; "))
            {
                Assert.DoesNotContain(author, actors, StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    private static List<PageScore> ScoreAll()
    {
        var annotations = ActorAnnotations.Read(Path.Combine(Folder, "actors.tsv"));
        var extractor = new ActorExtractor();
        return [.. CorpusLoader.LoadAll(Folder).Documents.OrderBy(d => d.File, StringComparer.Ordinal).Select(d => annotations.Score(d.File, extractor.Extract(d)))];
    }
}
