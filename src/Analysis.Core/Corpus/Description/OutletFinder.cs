using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Description;

/// <summary>
/// The publishing outlet: the source's metadata (site name, domain), else the outlet's own words in the
/// page, strongest first: its self-description ("Reflet info est un journal …"), a copyright line after
/// the article ("© 2003-2024 LeFaso.net"), a newsroom signing the byline ("Par : RFI"), a brand line of
/// the site's header that the page repeats where an outlet signs ("ActuNiger" … "Rédaction ActuNiger"), and last a
/// bare web address ("www.refletinfo.net" gives "refletinfo.net"). A name beats a domain because
/// analysts cite outlets by name. Photo credits ("© Autre presse par DR") inside the article are not
/// the outlet.
/// </summary>
internal static class OutletFinder
{
    public static string Find(string text, IReadOnlyList<Segment> segments, string? metadataOutlet)
    {
        if (!string.IsNullOrWhiteSpace(metadataOutlet))
        {
            return Domain(metadataOutlet.Trim());
        }

        var lastArticleText = segments.Count - 1;
        while (lastArticleText >= 0 && !segments[lastArticleText].IsArticleText)
        {
            lastArticleText--;
        }

        string? byBlurb = null;
        string? byCopyright = null;
        string? byAddress = null;
        for (var i = 0; i < segments.Count; i++)
        {
            // Only the three kinds of line read here are copied out of the text; prose never is.
            var segment = segments[i];
            switch (segment.Rule)
            {
                case SegmentRules.OutletBlurb:
                    byBlurb ??= LinePatterns.OutletBlurb().Match(LineOf(text, segment)).Groups["name"].Value.Trim();
                    break;
                case SegmentRules.Copyright when i > lastArticleText:
                    byCopyright ??= Holder(LineOf(text, segment));
                    break;
                case SegmentRules.OutletAddress:
                    byAddress ??= Domain(LinePatterns.WebAddress().Match(LineOf(text, segment)).Groups["host"].Value).ToLowerInvariant();
                    break;
            }
        }

        return new[] { byBlurb, byCopyright, AuthorFinder.Newsroom(text, segments), Brand(text, segments), byAddress }
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? string.Empty;
    }

    private static string LineOf(string text, Segment segment) => segment.Span.Slice(text).Trim();

    /// <summary>"© 2024 Sahel Times. All rights reserved." → "Sahel Times"; null for a photo credit or no name.</summary>
    private static string? Holder(string line)
    {
        var match = LinePatterns.CopyrightHolder().Match(line);
        var name = match.Success ? match.Groups["name"].Value.Trim() : null;
        if (name is null || name.Length < 2)
        {
            return null;
        }

        var folded = TextFolding.Fold(name);
        var isCredit = folded.StartsWith("tous droits", StringComparison.Ordinal) || folded.StartsWith("all rights", StringComparison.Ordinal)
            || folded.Contains(" par ", StringComparison.Ordinal) || folded.EndsWith(" dr", StringComparison.Ordinal) || folded.Contains("photo", StringComparison.Ordinal);
        return isCredit ? null : name;
    }

    /// <summary>
    /// A short line of the site's header ("ActuNiger", "Reuters") that the page names again where an
    /// outlet signs: in a byline or copyright line, or as the agency tag of a wire dateline
    /// ("BAMAKO, April 11 (Reuters) -"). Alone, a header line could be a menu entry or a region.
    /// </summary>
    private static string? Brand(string text, IReadOnlyList<Segment> segments)
    {
        // Each segment is folded once, however many header lines are tried against it.
        var folded = new string?[segments.Count];
        string FoldedSegment(int i) => folded[i] ??= TextFolding.Fold(segments[i].Span.Slice(text));

        foreach (var header in segments.Where(s => s.Rule == SegmentRules.BeforeHeadline))
        {
            var line = header.Span.Slice(text).Trim();
            if (line.Length < 3 || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3 || !char.IsLetterOrDigit(line[0]))
            {
                continue;
            }

            var key = TextFolding.Fold(line);
            var bracketed = "(" + key + ")";
            var signs = false;
            for (var i = 0; i < segments.Count && !signs; i++)
            {
                var s = segments[i];
                signs = s.Kind switch
                {
                    SegmentKind.Byline => ContainsWord(TextFolding.Fold(BylineRules.AuthorOf(s.Span.Slice(text))), key),
                    _ when s.Rule == SegmentRules.Copyright => ContainsWord(FoldedSegment(i), key),
                    _ => s.IsArticleText && FoldedSegment(i).Contains(bracketed, StringComparison.Ordinal),
                };
            }

            if (signs)
            {
                return line;
            }
        }

        return null;
    }

    private static bool ContainsWord(string folded, string key)
    {
        var index = folded.IndexOf(key, StringComparison.Ordinal);
        return index >= 0
            && (index == 0 || !char.IsLetterOrDigit(folded[index - 1]))
            && (index + key.Length == folded.Length || !char.IsLetterOrDigit(folded[index + key.Length]));
    }

    /// <summary>"www.refletinfo.net" → "refletinfo.net"; a name passes through unchanged.</summary>
    private static string Domain(string hostOrName) =>
        hostOrName.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? hostOrName[4..].ToLowerInvariant() : hostOrName;
}
