using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Splits a page's text into classified segments: headline, prose, byline, dateline and boilerplate.
/// Works with general rules, in passes over the lines:
/// <list type="number">
/// <item>line rules: known UI phrases, counters, bare addresses, breadcrumbs, dateline prefixes, markup hints;</item>
/// <item>the article's end: after a comment form or previous/next links, nothing is article;</item>
/// <item>the headline, and the page header above it;</item>
/// <item>the tail after the last body paragraph: bylines, outlet blurbs, stray short lines.</item>
/// </list>
/// Boilerplate is classified, never removed, and every segment keeps its offsets.
/// </summary>
public sealed class PageSegmenter
{
    private readonly BoilerplatePhraseTable _phrases;
    private readonly IReadOnlySet<string> _knownHeadlines;

    /// <summary>Creates a segmenter with the shipped phrase list.</summary>
    /// <param name="knownHeadlines">Folded headlines of other articles of the corpus: a line repeating one is a related link.</param>
    public PageSegmenter(IReadOnlySet<string>? knownHeadlines = null)
        : this(BoilerplatePhraseTable.Default, knownHeadlines)
    {
    }

    internal PageSegmenter(BoilerplatePhraseTable phrases, IReadOnlySet<string>? knownHeadlines)
    {
        _phrases = phrases;
        _knownHeadlines = knownHeadlines ?? new HashSet<string>();
    }

    /// <summary>Classifies every non-blank stretch of <paramref name="text"/>.</summary>
    public IReadOnlyList<Segment> Segment(string text, SegmentationHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        hints ??= SegmentationHints.None;
        var lines = new List<PageLine>();
        var datelines = new List<Segment>();
        foreach (var line in PageLine.Split(text))
        {
            lines.Add(SplitDatelinePrefix(text, line, datelines));
        }

        ApplyLineRules(lines, hints);
        ApplyArticleEnd(lines);
        var title = FindHeadline(lines, hints.KnownTitle);
        MarkRepeatedHeadlines(lines, title);
        var lastBody = LastBodyParagraph(lines, title);
        ClassifyHead(lines, title);
        ClassifyBody(lines, title, lastBody);
        ClassifyTail(lines, lastBody);

        var segments = new List<Segment>(lines.Count + datelines.Count);
        segments.AddRange(datelines);
        segments.AddRange(lines.Select(l => new Segment(l.Span, l.Kind ?? SegmentKind.Content, l.Rule.Length > 0 ? l.Rule : SegmentRules.Prose)));
        segments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return segments;
    }

    /// <summary>" date 2024-11 Le Mali, …": the date label becomes its own segment, the rest stays a line.</summary>
    private static PageLine SplitDatelinePrefix(string text, PageLine line, List<Segment> datelines)
    {
        if (LinePatterns.StandaloneDate().IsMatch(line.Text))
        {
            line.Decide(SegmentKind.Dateline, SegmentRules.Dateline);
            return line;
        }

        var match = LinePatterns.DatelinePrefix().Match(line.Text);
        if (!match.Success)
        {
            return line;
        }

        var prefixEnd = line.Span.Start + match.Length;
        var restStart = prefixEnd;
        while (restStart < line.Span.End && char.IsWhiteSpace(text[restStart]))
        {
            restStart++;
        }

        if (restStart >= line.Span.End || IsOnlyPunctuation(text, restStart, line.Span.End))
        {
            line.Decide(SegmentKind.Dateline, SegmentRules.Dateline);
            return line;
        }

        datelines.Add(new Segment(new TextSpan(line.Span.Start, match.Length), SegmentKind.Dateline, SegmentRules.Dateline));
        return new PageLine(text, TextSpan.FromBounds(restStart, line.Span.End));
    }

    private void ApplyLineRules(List<PageLine> lines, SegmentationHints hints)
    {
        foreach (var line in lines.Where(l => !l.IsDecided))
        {
            var marked = hints.Boilerplate.FirstOrDefault(m => m.Span.Contains(line.Span));
            if (marked.Span.Length > 0)
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.MarkupPrefix + marked.Reason);
                continue;
            }

            if (_phrases.Find(line.Folded) is { } phrase)
            {
                line.Decide(SegmentKind.Boilerplate, phrase.Rule, phrase.EndsArticle);
            }
            else if (LinePatterns.Counter().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Counter);
            }
            else if (LinePatterns.WebAddress().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.OutletAddress);
            }
            else if (line.Shape.Letters == 0 || (line.Shape.Words == 1 && line.Text.Length <= 3))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Fragment);
            }
            else if (LinePatterns.BreadcrumbTrail().IsMatch(line.Text) || IsTruncatedCopy(line, lines))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Breadcrumb);
            }
        }
    }

    /// <summary>
    /// "Home Coopération AES : L’Alliance … militaire pour...": a line cut short with an ellipsis whose
    /// remaining words, after at most a few leading trail words, appear in full in another line.
    /// </summary>
    private static bool IsTruncatedCopy(PageLine line, List<PageLine> lines)
    {
        var folded = line.Folded;
        if (!folded.EndsWith("...", StringComparison.Ordinal) && !folded.EndsWith('.'))
        {
            return false;
        }

        var body = folded.TrimEnd('.', ' ');
        var words = body.Split(' ');
        for (var skip = 0; skip <= Math.Min(4, words.Length - 3); skip++)
        {
            var tail = string.Join(' ', words.Skip(skip));
            if (tail.Length >= 20 && lines.Any(other => other != line && other.Folded.Length > tail.Length
                && other.Folded.Contains(tail, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Everything after the first line that ends the article is furniture, if prose came before it.</summary>
    private static void ApplyArticleEnd(List<PageLine> lines)
    {
        var sawBody = false;
        for (var i = 0; i < lines.Count; i++)
        {
            sawBody |= !lines[i].IsDecided && lines[i].Shape.IsBodyParagraph;
            if (lines[i].EndsArticle && sawBody)
            {
                foreach (var after in lines.Skip(i + 1).Where(l => l.Kind != SegmentKind.Boilerplate))
                {
                    after.Decide(SegmentKind.Boilerplate, SegmentRules.AfterArticleEnd);
                }

                return;
            }
        }
    }

    /// <summary>
    /// The headline: the line equal to the metadata title if there is one, else the first undecided
    /// headline-shaped line, provided no body paragraph comes before it (then the page has no headline).
    /// </summary>
    private static int FindHeadline(List<PageLine> lines, string? knownTitle)
    {
        if (!string.IsNullOrWhiteSpace(knownTitle))
        {
            // Compared without leading marks, so a Markdown "# Headline" is the headline "Headline".
            var foldedTitle = BoilerplatePhraseTable.Core(TextFolding.Fold(knownTitle));
            var index = lines.FindIndex(l => BoilerplatePhraseTable.Core(l.Folded) == foldedTitle);
            if (index >= 0)
            {
                lines[index].Decide(SegmentKind.Title, SegmentRules.MetadataTitle);
                return index;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                continue;
            }

            if (line.Shape.IsBodyParagraph && !line.Shape.IsHeadlineShaped(line.Text.Length))
            {
                return -1;
            }

            if (line.Shape.IsHeadlineShaped(line.Text.Length) && !line.Text.TrimEnd().EndsWith(':')
                && !NameShape.IsNameLine(line.Text, line.Folded))
            {
                line.Decide(SegmentKind.Title, SegmentRules.Headline);
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Below the headline, a line that repeats a headline (this article's, or another article's seen
    /// earlier in the corpus) is a link to that article. Above it the check would be wrong: syndicated
    /// copies of one story share a headline, and each keeps its own.
    /// </summary>
    private void MarkRepeatedHeadlines(List<PageLine> lines, int title)
    {
        var ownTitle = title >= 0 ? lines[title].Folded : null;
        foreach (var line in lines.Skip(title + 1).Where(l => !l.IsDecided))
        {
            if (line.Folded == ownTitle || _knownHeadlines.Contains(line.Folded))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.RepeatedHeadline);
            }
        }
    }

    /// <summary>The index of the last undecided body paragraph, or -1.</summary>
    private static int LastBodyParagraph(List<PageLine> lines, int title)
    {
        for (var i = lines.Count - 1; i > title; i--)
        {
            if (!lines[i].IsDecided && lines[i].Shape.IsBodyParagraph && !IsOutletBlurb(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Lines above the headline are the site's header: menus, section labels, logos.</summary>
    private static void ClassifyHead(List<PageLine> lines, int title)
    {
        for (var i = 0; i < title; i++)
        {
            if (!lines[i].IsDecided)
            {
                lines[i].Decide(SegmentKind.Boilerplate, SegmentRules.BeforeHeadline);
            }
        }
    }

    /// <summary>Between headline and last paragraph: prose, except explicit bylines and a name line under the headline.</summary>
    private static void ClassifyBody(List<PageLine> lines, int title, int lastBody)
    {
        for (var i = title + 1; i <= lastBody; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                continue;
            }

            var underHeadline = title >= 0 && lines.Skip(title + 1).Take(i - title - 1).All(l => l.Kind is SegmentKind.Boilerplate or SegmentKind.Dateline);
            if (LinePatterns.BylineLabel().IsMatch(line.Text) && !line.Shape.IsBodyParagraph
                || (underHeadline && NameShape.IsNameLine(line.Text, line.Folded)))
            {
                line.Decide(SegmentKind.Byline, SegmentRules.Byline);
            }
            else
            {
                line.Decide(SegmentKind.Content, SegmentRules.Prose);
            }
        }
    }

    /// <summary>
    /// After the last body paragraph sit the byline, the outlet's signature and page widgets. A finished
    /// sentence there is still prose ("Affaire à suivre."); a name whose words the article never uses is
    /// the byline; anything else short is furniture.
    /// </summary>
    private static void ClassifyTail(List<PageLine> lines, int lastBody)
    {
        var start = Math.Max(lastBody + 1, lines.FindLastIndex(l => l.Kind == SegmentKind.Title) + 1);
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                continue;
            }

            if (IsOutletBlurb(line))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.OutletBlurb);
            }
            else if (LinePatterns.BylineLabel().IsMatch(line.Text)
                || (NameShape.IsNameLine(line.Text, line.Folded) && !NameWordsUsedInProse(line, lines)))
            {
                line.Decide(SegmentKind.Byline, SegmentRules.Byline);
            }
            else if (line.Shape.EndsLikeSentence && line.Shape.Words >= 3 && lastBody >= 0)
            {
                line.Decide(SegmentKind.Content, SegmentRules.Prose);
            }
            else
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.TrailingPageElement);
            }
        }
    }

    private static bool IsOutletBlurb(PageLine line) =>
        LinePatterns.OutletBlurb().IsMatch(line.Text) && char.IsUpper(line.Text[0]) && line.Shape.Words <= 40;

    /// <summary>
    /// A bare name after the article is its author only if the article does not talk about that name:
    /// "Burkina Faso" or "Assimi Goïta" alone on a line are tags, not bylines.
    /// </summary>
    private static bool NameWordsUsedInProse(PageLine line, List<PageLine> lines)
    {
        var words = line.Folded.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        return lines.Where(l => l.Kind is SegmentKind.Content or SegmentKind.Title)
            .Any(l => words.Any(w => ContainsWord(l.Folded, w)));
    }

    private static bool ContainsWord(string folded, string word)
    {
        var index = folded.IndexOf(word, StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsLetter(folded[index - 1]);
            var after = index + word.Length == folded.Length || !char.IsLetter(folded[index + word.Length]);
            if (before && after)
            {
                return true;
            }

            index = folded.IndexOf(word, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsOnlyPunctuation(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
