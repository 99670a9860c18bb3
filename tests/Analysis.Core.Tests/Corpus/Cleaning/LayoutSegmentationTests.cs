using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Corpus.Cleaning;

/// <summary>
/// Twenty-six scraped pages from outlets and layouts unlike the seeds (Burkinabè, Malian, Nigerien,
/// French and English sites; comment threads, author boxes, paywalls, communiqués, interviews), each
/// line labelled by a reader before the segmenter ran. Two failures are counted: article lines lost to
/// furniture (their actors vanish) and furniture kept as article text (its names become false actors).
/// The bounds are what the rules achieve today; a change that loses more fails here with the lines.
/// </summary>
public sealed class LayoutSegmentationTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, Document>> Documents = new(() =>
        CorpusLoader.LoadAll(LabelledPage.Folder).Documents.ToDictionary(d => d.File, StringComparer.Ordinal));

    public static TheoryData<string> Pages => [.. LabelledPage.All().Select(p => p.Name)];

    [Fact]
    public void Segment_LosesNoArticleLine_OnTheLabelledPages()
    {
        var lost = Disagreements().Where(d => d.Label is 'T' or 'C' && !d.IsArticle).ToList();
        Assert.True(lost.Count <= MaxLost, $"{lost.Count} article lines lost:\n{string.Join('\n', lost)}");
    }

    [Fact]
    public void Segment_KeepsLittleFurnitureAsArticleText_OnTheLabelledPages()
    {
        var leaked = Disagreements().Where(d => d.Label is 'X' or 'Y' or 'D' && d.IsArticle).ToList();
        Assert.True(leaked.Count <= MaxLeaked, $"{leaked.Count} furniture lines kept as article text:\n{string.Join('\n', leaked)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Lines_AlignWithTheirLabels(string page)
    {
        var labelled = LabelledPage.All().Single(p => p.Name == page);
        var document = Documents.Value[page];
        Assert.Equal(labelled.Lines.Select(l => l.Line), Lines(document).Select(l => l.Text));
    }

    // Known misses: a closing photo caption with no full stop (21) is taken for page furniture.
    private const int MaxLost = 1;

    // Known leaks: a "share2" widget label (12) and a donation appeal set in the middle of an article (25).
    private const int MaxLeaked = 3;

    private static IEnumerable<Disagreement> Disagreements()
    {
        foreach (var page in LabelledPage.All())
        {
            var document = Documents.Value[page.Name];
            foreach (var ((label, _), line) in page.Lines.Zip(Lines(document)))
            {
                var kinds = document.Segments.Where(s => s.Span.Overlaps(line.Span)).ToList();
                var isArticle = kinds.Any(s => s.IsArticleText);
                if (label != '?' && (label is 'T' or 'C') != isArticle)
                {
                    yield return new Disagreement(page.Name, label, isArticle, string.Join(",", kinds.Select(k => k.Rule)), line.Text);
                }
            }
        }
    }

    private static IEnumerable<(Analysis.Core.Text.TextSpan Span, string Text)> Lines(Document document)
    {
        var start = 0;
        foreach (var line in document.Text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return (new Analysis.Core.Text.TextSpan(start + line.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length), trimmed);
            }

            start += line.Length + 1;
        }
    }

    private sealed record Disagreement(string Page, char Label, bool IsArticle, string Rules, string Line)
    {
        public override string ToString() => $"  {Page}: labelled {Label}, got {Rules} | {(Line.Length > 90 ? Line[..90] + "…" : Line)}";
    }
}
