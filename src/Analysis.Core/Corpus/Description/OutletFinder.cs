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
        string? byAddress = null;
        foreach (var segment in segments.Where(s => s.Kind == SegmentKind.Boilerplate))
        {
            var line = segment.Span.Slice(text).Trim();
            if (segment.Rule == SegmentRules.OutletBlurb && byBlurb is null)
            {
                byBlurb = LinePatterns.OutletBlurb().Match(line).Groups["name"].Value.Trim();
            }
            else if (segment.Rule == SegmentRules.OutletAddress && byAddress is null)
            {
                byAddress = Domain(LinePatterns.WebAddress().Match(line).Groups["host"].Value);
            }
        }

        return !string.IsNullOrEmpty(byBlurb) ? byBlurb : byAddress ?? string.Empty;
    }

    /// <summary>"www.refletinfo.net" → "refletinfo.net"; a name passes through unchanged.</summary>
    private static string Domain(string hostOrName) =>
        hostOrName.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? hostOrName[4..].ToLowerInvariant() : hostOrName;
}
