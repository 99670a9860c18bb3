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

    /// <summary>
    /// The line equal to the metadata title when there is one; otherwise, among the undecided
    /// headline-shaped lines above the first paragraph of prose, the one with most words (a tagline or
    /// a section label is shorter than a headline), preferring one without a "| Site" suffix, and the
    /// later one of equals. Returns the headline's index, or -1 when the page has none (it opens with
    /// prose).
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

        var best = -1;
        for (var i = 0; i < lines.Count && i < SearchDepth; i++)
        {
            var line = lines[i];
            if (line.IsDecided)
            {
                continue;
            }

            var headlineShaped = line.Shape.IsHeadlineShaped(line.Text.Length) && !line.Text.EndsWith(':') && !BylineRules.IsBareName(line);
            if (line.Shape.IsBodyParagraph && !headlineShaped)
            {
                break;
            }

            if (line.Shape.IsBodyParagraph)
            {
                // The first paragraph of prose ends the search. It is the headline itself only if no
                // headline stands above it (some sites end headlines with a full stop).
                best = best < 0 && headlineShaped ? i : best;
                break;
            }

            if (headlineShaped && (best < 0 || Score(line) >= Score(lines[best])))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            lines[best].Decide(SegmentKind.Title, SegmentRules.Headline);
        }

        return best;
    }

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

    /// <summary>Words, less a penalty for a page-title suffix ("… | Actu Niger", "… - Sahel Info").</summary>
    private static int Score(PageLine line) =>
        line.Shape.Words - (line.Text.Contains(" | ", StringComparison.Ordinal) ? 100 : 0);
}
