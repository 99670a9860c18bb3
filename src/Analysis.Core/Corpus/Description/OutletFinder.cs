using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Corpus.Description;

/// <summary>
/// The publishing outlet: the source's metadata (site name, domain), else the outlet's own words in the
/// page's furniture: its self-description ("Reflet info est un journal …" gives "Reflet info"), a
/// copyright line, or a bare web address ("www.refletinfo.net" gives "refletinfo.net"). A name beats a
/// domain because analysts cite outlets by name.
/// </summary>
internal static class OutletFinder
{
    public static string Find(string text, IReadOnlyList<Segment> segments, string? metadataOutlet)
    {
        if (!string.IsNullOrWhiteSpace(metadataOutlet))
        {
            return Domain(metadataOutlet.Trim());
        }

        string? byBlurb = null;
        string? byCopyright = null;
        string? byAddress = null;
        foreach (var segment in segments.Where(s => s.Kind == SegmentKind.Boilerplate))
        {
            var line = segment.Span.Slice(text).Trim();
            switch (segment.Rule)
            {
                case SegmentRules.OutletBlurb:
                    byBlurb ??= LinePatterns.OutletBlurb().Match(line).Groups["name"].Value.Trim();
                    break;
                case SegmentRules.Copyright:
                    byCopyright ??= Holder(line);
                    break;
                case SegmentRules.OutletAddress:
                    byAddress ??= Domain(LinePatterns.WebAddress().Match(line).Groups["host"].Value);
                    break;
            }
        }

        return new[] { byBlurb, byCopyright, byAddress }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? string.Empty;
    }

    /// <summary>"© 2024 Sahel Times. All rights reserved." → "Sahel Times"; null when no name is given.</summary>
    private static string? Holder(string line)
    {
        var match = LinePatterns.CopyrightHolder().Match(line);
        var name = match.Success ? match.Groups["name"].Value.Trim() : null;
        return name is null || name.StartsWith("tous droits", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("all rights", StringComparison.OrdinalIgnoreCase) ? null : name;
    }

    /// <summary>"www.refletinfo.net" → "refletinfo.net"; a name passes through unchanged.</summary>
    private static string Domain(string hostOrName) =>
        hostOrName.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? hostOrName[4..].ToLowerInvariant() : hostOrName;
}
