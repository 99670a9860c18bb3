using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Corpus.Description;

/// <summary>
/// The author(s): from the source's metadata when it has them, else from byline segments with their
/// label ("Par", "By") removed. Names are kept as written ("Mamadou COULYBALI").
/// </summary>
internal static class AuthorFinder
{
    public static string Find(string text, IReadOnlyList<Segment> segments, IReadOnlyList<string> metadataAuthors)
    {
        var authors = metadataAuthors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        if (authors.Count == 0)
        {
            foreach (var segment in segments.Where(s => s.Kind == SegmentKind.Byline))
            {
                var line = segment.Span.Slice(text).Trim();
                var labelled = LinePatterns.BylineLabel().Match(line);
                authors.Add(labelled.Success ? labelled.Groups["name"].Value.Trim() : line);
            }
        }

        return string.Join("; ", authors.Distinct(StringComparer.OrdinalIgnoreCase));
    }
}
