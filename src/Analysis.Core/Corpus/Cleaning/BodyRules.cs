namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Classifies what lies below the headline. Up to the last paragraph of prose, lines are article text
/// (prose, subheadings, captions), except bylines. After it come the byline, the outlet's signature
/// and page widgets: a finished sentence there is still prose ("Affaire à suivre."), a name line next
/// to the last paragraph whose words the article never uses is the byline, anything else short is
/// furniture.
/// </summary>
internal static class BodyRules
{
    /// <summary>How many undecided lines after the last paragraph may hold the byline.</summary>
    private const int BylineReach = 2;

    public static void Apply(List<PageLine> lines, int headline)
    {
        var lastBody = lines.FindLastIndex(l => l.IsOpenBodyParagraph && !IsOutletBlurb(l));
        ClassifyBody(lines, headline, lastBody);
        ClassifyTail(lines, Math.Max(lastBody, headline) + 1);
    }

    private static void ClassifyBody(List<PageLine> lines, int headline, int lastBody)
    {
        var underHeadline = headline >= 0;
        for (var i = headline + 1; i <= lastBody; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                continue;
            }

            if (underHeadline && BylineRules.IsBareName(line))
            {
                line.Decide(SegmentKind.Byline, SegmentRules.Byline);
            }
            else
            {
                line.Decide(SegmentKind.Content, SegmentRules.Prose);
                underHeadline = false;
            }
        }
    }

    private static void ClassifyTail(List<PageLine> lines, int start)
    {
        var reach = BylineReach;
        PageLine? previous = null;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                previous = line;
                continue;
            }

            var nearLastParagraph = reach-- > 0;
            if (IsOutletBlurb(line))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.OutletBlurb);
            }
            else if (ContinuesAList(line, previous, NextOpenLine(lines, i)))
            {
                line.Decide(SegmentKind.Content, SegmentRules.Prose);
            }
            else if (nearLastParagraph && BylineRules.IsBareName(line) && !UsedInProse(line, lines))
            {
                line.Decide(SegmentKind.Byline, SegmentRules.Byline);
            }
            else if (IsSentence(line))
            {
                line.Decide(SegmentKind.Content, SegmentRules.Prose);
            }
            else
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.TrailingPageElement);
            }

            previous = line;
        }
    }

    /// <summary>
    /// Lists and their headings after the last paragraph are still the article (a communiqué's
    /// nominations, an analysis's recommendations): a line ending in a colon, the line right after one,
    /// a list item after article text, and an all-caps heading that introduces one of these.
    /// </summary>
    private static bool ContinuesAList(PageLine line, PageLine? previous, PageLine? next)
    {
        var afterArticle = previous?.Kind is SegmentKind.Content or SegmentKind.Title;
        return (line.Text.EndsWith(':') && line.Shape.Words >= 2)
            || (previous is { Kind: SegmentKind.Content } && previous.Text.EndsWith(':'))
            || (IsListItem(line) && afterArticle)
            || (IsAllCapsHeading(line) && next is not null && (next.Text.EndsWith(':') || IsListItem(next)));
    }

    private static bool IsListItem(PageLine line) =>
        line.Shape.Words >= 2 && (line.Text[0] is '-' or '–' or '•' or '*' or '·' || (char.IsDigit(line.Text[0]) && line.Text.Length > 2 && line.Text[1] is '.' or ')'));

    private static bool IsAllCapsHeading(PageLine line) => line.Shape.Words >= 3 && line.Shape.UpperRatio > 0.8;

    private static PageLine? NextOpenLine(List<PageLine> lines, int index) =>
        lines.Skip(index + 1).FirstOrDefault(l => !l.IsDecided);

    /// <summary>A finished sentence of a few words, or a whole quotation: « Le Mali ne reculera pas ».</summary>
    private static bool IsSentence(PageLine line) =>
        line.Shape.Words >= 3 && (line.Shape.EndsLikeSentence || (line.Text[0] is '«' or '“' or '"' && line.Text[^1] is '»' or '”' or '"'));

    /// <summary>
    /// An outlet describing itself, after the article: "Reflet info est un journal burkinabè en ligne …".
    /// </summary>
    private static bool IsOutletBlurb(PageLine line) =>
        line.Shape.Words <= 40 && char.IsUpper(line.Text[0]) && LinePatterns.OutletBlurb().IsMatch(line.Text);

    /// <summary>
    /// A bare name after the article is its author only if the article does not talk about that name:
    /// "Burkina Faso" or "Assimi Goïta" alone on a line are tags, not bylines.
    /// </summary>
    private static bool UsedInProse(PageLine line, List<PageLine> lines)
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
}
