using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Finds the headline and classifies what stands above it (the site's header: logo text, tagline,
/// menus, section labels) as furniture.
/// </summary>
internal static class HeadlineRules
{
    /// <summary>How far down the page a headline is looked for.</summary>
    private const int SearchDepth = 15;

    /// <summary>Furniture that sits between a headline and its article, as opposed to the site's header.</summary>
    private static readonly HashSet<string> BetweenHeadlineAndArticle = new(StringComparer.Ordinal)
    {
        SegmentRules.Credit, SegmentRules.Copyright, SegmentRules.ReadingTime, SegmentRules.Counter, SegmentRules.SharePrompt,
        SegmentRules.Advertisement, SegmentRules.PublicationLabel, SegmentRules.Fragment,
    };

    /// <summary>Words from which a line under a headline reads as its standfirst rather than as the headline.</summary>
    private const int StandfirstWords = 20;

    /// <summary>Longest first paragraph taken as a headline ending in a full stop; longer is a lead.</summary>
    private const int MaxSentenceHeadline = 150;

    /// <summary>
    /// The line equal to the metadata title when there is one. Otherwise the headline-shaped line
    /// nearest above the first paragraph of prose (with only datelines, bylines and furniture between):
    /// taglines, tickers, promotions and consent banners sit higher up. When another headline-shaped
    /// line stands right above that one and that one is as long as a standfirst, the upper one is the
    /// headline. Returns the headline's index, or -1 when the page opens with prose.
    /// </summary>
    public static int Find(List<PageLine> lines, string? knownTitle)
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

        var candidates = new List<int>();
        for (var i = 0; i < lines.Count && i < SearchDepth; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                continue;
            }

            var shaped = IsHeadlineShaped(line);
            if (line.Shape.IsBodyParagraph || (line.Shape.EndsLikeSentence && candidates.Count > 0))
            {
                // Prose has started. Some sites end headlines with a full stop: a short first
                // sentence with no headline above it is the headline.
                if (shaped && candidates.Count == 0 && line.Text.Length <= MaxSentenceHeadline)
                {
                    candidates.Add(i);
                }

                break;
            }

            if (shaped)
            {
                candidates.Add(i);
            }
        }

        var best = Choose(lines, candidates);
        if (best >= 0)
        {
            lines[best].Decide(SegmentKind.Title, SegmentRules.Headline);
        }

        return best;
    }

    private static int Choose(List<PageLine> lines, List<int> candidates)
    {
        if (candidates.Count == 0)
        {
            return -1;
        }

        // Of two headline-shaped lines one above the other, the lower is a standfirst when it is long,
        // and a caption or a kicker when it is shorter than the upper one: then the upper is the
        // headline. A shorter line above the nearest one is a tagline.
        var nearest = candidates[^1];
        var above = PreviousOpenLine(lines, nearest);
        var upperWins = above >= 0 && candidates.Contains(above)
            && (lines[nearest].Shape.Words >= StandfirstWords || lines[above].Shape.Words > lines[nearest].Shape.Words);
        return upperWins ? above : nearest;
    }

    /// <summary>
    /// The nearest undecided line above <paramref name="index"/>, looking past what sits between a
    /// headline and its article (datelines, bylines, credits, counters, share buttons) but not past the
    /// site's header (menus, breadcrumbs, banners).
    /// </summary>
    private static int PreviousOpenLine(List<PageLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (!line.IsDecided)
            {
                return i;
            }

            if (line.Kind is not (SegmentKind.Dateline or SegmentKind.Byline) && !BetweenHeadlineAndArticle.Contains(line.Rule))
            {
                return -1;
            }
        }

        return -1;
    }


    private static bool IsHeadlineShaped(PageLine line) =>
        line.Shape.IsHeadlineShaped(line.Text.Length) && !line.Text.EndsWith(':') && !BylineRules.IsBareName(line)
        && !line.Text.Contains(" | ", StringComparison.Ordinal);

    /// <summary>Lines above the headline are the site's header.</summary>
    public static void ClassifyHeader(List<PageLine> lines, int headline)
    {
        for (var i = 0; i < headline; i++)
        {
            if (!lines[i].IsDecided)
            {
                lines[i].Decide(SegmentKind.Boilerplate, SegmentRules.BeforeHeadline);
            }
        }
    }

    /// <summary>Below the headline, a line repeating it is a link or a print artefact.</summary>
    public static void MarkRepeats(List<PageLine> lines, int headline)
    {
        if (headline < 0)
        {
            return;
        }

        var title = BoilerplatePhraseTable.Core(lines[headline].Folded);
        foreach (var line in lines.Skip(headline + 1).Where(l => !l.IsDecided && BoilerplatePhraseTable.Core(l.Folded) == title))
        {
            line.Decide(SegmentKind.Boilerplate, SegmentRules.RepeatedHeadline);
        }
    }

}
