namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Splits a page's text into classified segments: headline, prose, byline, dateline and boilerplate.
/// General rules, in passes over the non-blank lines, each pass deciding only lines still open:
/// <list type="number">
/// <item>what the source marked (HTML nav, footer, front matter) and date labels;</item>
/// <item>line rules: known UI phrases (data, in <c>boilerplate-phrases.tsv</c>), counters, bare
/// addresses, fragments, breadcrumbs (<see cref="LineRules"/>);</item>
/// <item>widget blocks and the end of the article (<see cref="ArticleEndRules"/>);</item>
/// <item>the headline and the site header above it (<see cref="HeadlineRules"/>);</item>
/// <item>prose, bylines and what trails the last paragraph (<see cref="BodyRules"/>).</item>
/// </list>
/// Boilerplate is classified, never removed, and every segment keeps its offsets into the text. The
/// result depends on the page alone, never on other documents, so it is the same in any corpus.
/// </summary>
public sealed class PageSegmenter
{
    private readonly BoilerplatePhraseTable _phrases;

    /// <summary>Creates a segmenter with the shipped phrase list.</summary>
    public PageSegmenter()
        : this(BoilerplatePhraseTable.Default)
    {
    }

    internal PageSegmenter(BoilerplatePhraseTable phrases) => _phrases = phrases;

    /// <summary>Classifies every non-blank stretch of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<Segment> Segment(string text, SegmentationHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        hints ??= SegmentationHints.None;

        var lines = PageLine.Split(text);
        LineRules.ApplyMarkupHints(lines, hints.Boilerplate);
        var datelines = new List<Segment>();
        lines = LineRules.SplitDatelines(text, lines, datelines);
        LineRules.Apply(lines, _phrases);
        ArticleEndRules.Apply(lines);
        var headline = HeadlineRules.Find(lines, hints.KnownTitle);
        HeadlineRules.ClassifyHeader(lines, headline);
        HeadlineRules.MarkRepeats(lines, headline);
        BodyRules.Apply(lines, headline);

        var segments = new List<Segment>(lines.Count + datelines.Count);
        segments.AddRange(datelines);
        segments.AddRange(lines.Select(l => new Segment(l.Span, l.Kind ?? SegmentKind.Content, l.Rule.Length > 0 ? l.Rule : SegmentRules.Prose)));
        segments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return segments;
    }
}
