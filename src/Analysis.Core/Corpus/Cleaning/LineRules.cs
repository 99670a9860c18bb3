using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// The first pass: rules that judge a line on its own (markup hints, dateline prefixes, known UI
/// phrases, counters, bare addresses, stray fragments, breadcrumbs), whatever its place on the page.
/// </summary>
internal static class LineRules
{
    private const int MaxFurnitureLength = 2000;

    /// <summary>Lines the source marked as furniture take the source's reason; no other rule looks at them.</summary>
    public static void ApplyMarkupHints(List<PageLine> lines, IReadOnlyList<MarkedSpan> marks)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var sorted = marks.OrderBy(m => m.Span.Start).ToList();
        var next = 0;
        foreach (var line in lines)
        {
            while (next < sorted.Count && sorted[next].Span.End <= line.Span.Start)
            {
                next++;
            }

            if (next < sorted.Count && sorted[next].Span.Contains(line.Span))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.MarkupPrefix + sorted[next].Reason);
            }
        }
    }

    /// <summary>
    /// " date 2024-11 Le Mali, …", "Publié le 2 mars 2023 à 10h Mis à jour le 3 mars 2023": each date
    /// label at the start of a line becomes a dateline segment; what follows stays a line of its own.
    /// </summary>
    public static List<PageLine> SplitDatelines(string text, List<PageLine> lines, List<Segment> datelines)
    {
        var result = new List<PageLine>(lines.Count);
        foreach (var original in lines)
        {
            var line = original;
            while (!line.IsDecided)
            {
                // A date line is short, and a dateline opens its paragraph: on a line of megabytes the patterns
                // would backtrack into their timeout, so they see only the line's start.
                var isShort = line.Text.Length <= MaxFurnitureLength;

                // Every date shape has a digit: a line without one is no date line, and needs no pattern.
                if (!UnicodeDigits.In(line.Text))
                {
                    break;
                }

                if (isShort && (LinePatterns.StandaloneDate().IsMatch(line.Text) || IsDateLed(line)))
                {
                    line.Decide(SegmentKind.Dateline, SegmentRules.Dateline);
                    break;
                }

                var match = LinePatterns.DatelinePrefix().Match(isShort ? line.Text : line.Text[..MaxFurnitureLength]);
                if (!match.Success)
                {
                    break;
                }

                // Separators between the date and what follows belong to neither; quotes and brackets
                // open the next part and stay with it.
                var rest = line.Span.Start + match.Length;
                while (rest < line.Span.End && (char.IsWhiteSpace(text[rest]) || text[rest] is '|' or '·' or '•' or '-' or '–' or '—' or ',' or ';'))
                {
                    rest++;
                }

                // "Publié le 3 avril 2024 | Le Sahel": a source label after a separator is part of the dateline.
                var separated = text.AsSpan(line.Span.Start + match.Length, rest - line.Span.Start - match.Length).IndexOfAny("|·-–") >= 0;
                if (rest >= line.Span.End || (separated && IsShortLabel(text[rest..line.Span.End])))
                {
                    line.Decide(SegmentKind.Dateline, SegmentRules.Dateline);
                    break;
                }

                datelines.Add(new Segment(new(line.Span.Start, match.Length), SegmentKind.Dateline, SegmentRules.Dateline));
                line = new PageLine(text, Text.TextSpan.FromBounds(rest, line.Span.End));
            }

            result.Add(line);
        }

        return result;
    }

    public static void Apply(List<PageLine> lines, BoilerplatePhraseTable phrases)
    {
        // Furniture is short (a credit, a share prompt, a breadcrumb); a line of thousands of characters is
        // prose or garbage, and the patterns' backtracking on it (a 3 MB word) ran into their timeout and
        // cost the article.
        // Each pattern runs only on lines holding what it cannot match without (a digit, a separator, a
        // key word): a regex call with its timeout costs far more than the check, on every line of every page.
        foreach (var line in lines.Where(l => !l.IsDecided && l.Text.Length <= MaxFurnitureLength))
        {
            var hasDigit = UnicodeDigits.In(line.Text);
            if (phrases.Find(line.Folded) is { } phrase)
            {
                line.Decide(SegmentKind.Boilerplate, phrase.Rule, phrase.Effect);
            }
            else if (BylineRules.IsLabelled(line))
            {
                line.Decide(SegmentKind.Byline, SegmentRules.Byline);
            }
            else if ((line.Text[^1] == ':' || hasDigit) && LinePatterns.CommentThread().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.CommentThread, PhraseEffect.EndsArticle);
            }
            else if (line.Text.Contains("journalism", StringComparison.OrdinalIgnoreCase) && LinePatterns.SupportAppeal().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Appeal, PhraseEffect.EndsArticle);
            }
            else if (hasDigit && LinePatterns.ReadingTime().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.ReadingTime);
            }
            else if (line.Shape.Words <= 12 && LinePatterns.Credit().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Credit);
            }
            else if (line.Shape.Words <= 15 && MayHoldAddress(line.Text) && LinePatterns.ContainsAddress().IsMatch(line.Text) && !line.Shape.IsBodyParagraph)
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.RelatedLink);
            }
            else if (line.Shape.Words <= 25 && line.Text.AsSpan().IndexOfAny('|', ':') >= 0 && LinePatterns.LabelledLink().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.RelatedLink);
            }
            else if (char.IsDigit(line.Text[0]) && LinePatterns.Counter().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Counter);
            }
            else if (line.Text.Contains('.', StringComparison.Ordinal) && LinePatterns.WebAddress().IsMatch(line.Text))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.OutletAddress);
            }
            else if (line.Shape.Letters == 0 || (line.Shape.Words == 1 && line.Text.Length <= 3))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Fragment);
            }
            else if ((line.Text.AsSpan().IndexOfAny(TrailSeparators) >= 0 && LinePatterns.BreadcrumbTrail().IsMatch(line.Text)) || IsTruncatedCopy(line, lines))
            {
                line.Decide(SegmentKind.Boilerplate, SegmentRules.Breadcrumb);
            }
        }
    }

    /// <summary>The breadcrumb trail's separators, one of which it needs.</summary>
    private static ReadOnlySpan<char> TrailSeparators => "›»>/|";

    // "http://…", "www.…": the address pattern needs one of the two.
    private static bool MayHoldAddress(string text) =>
        text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www", StringComparison.OrdinalIgnoreCase);

    /// <summary>"April 11, 2024 2:31 PM GMT+2Updated ago": a date, then at most a few words that are not a sentence.</summary>
    private static bool IsDateLed(PageLine line)
    {
        var match = LinePatterns.DateLed().Match(line.Text);
        return match.Success && IsShortLabel(line.Text[match.Length..]);
    }

    /// <summary>At most three words and no sentence end: a label, not prose.</summary>
    private static bool IsShortLabel(string text)
    {
        var shape = LineShape.Of(text.Trim());
        return shape.Words <= 3 && !shape.EndsLikeSentence;
    }

    /// <summary>
    /// "Home Coopération AES : L’Alliance … militaire pour...": a line cut short with an ellipsis whose
    /// words, after at most a few leading trail words, stand in full in a longer line. Only lines that
    /// really end in an ellipsis are candidates, so prose is never compared.
    /// </summary>
    private static bool IsTruncatedCopy(PageLine line, List<PageLine> lines)
    {
        var text = line.Text;
        if (!text.EndsWith("...", StringComparison.Ordinal) && !text.EndsWith('…'))
        {
            return false;
        }

        var words = line.Folded.TrimEnd('.', ' ').Split(' ');
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
}
