using Analysis.Core.Corpus.Cleaning;

namespace Analysis.Core.Corpus.Description;

/// <summary>
/// The author(s): from the source's metadata when it has them, else from the byline segments, without
/// their label ("Par", "By"), role ("envoyée spéciale à Bamako") or agency credit ("avec AFP").
/// Several authors on one line ("X and Y", "X et Y") are listed apart. When a person signs, a newsroom
/// signature on another line is the outlet, not an author; a newsroom alone is kept as the author.
/// Names are kept as written ("Mamadou COULYBALI").
/// </summary>
internal static class AuthorFinder
{
    private static readonly string[] Conjunctions = [" and ", " et ", " & ", ", "];

    public static string Find(string text, IReadOnlyList<Segment> segments, IReadOnlyList<string> metadataAuthors)
    {
        var signatures = metadataAuthors.Count > 0
            ? metadataAuthors
            : [.. segments.Where(s => s.Kind == SegmentKind.Byline).Select(s => s.Span.Slice(text))];
        var names = signatures
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(BylineRules.AuthorOf)
            .SelectMany(a => a.Split(Conjunctions, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(a => a.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var persons = names.Where(NameShape.IsName).ToList();
        return string.Join("; ", persons.Count > 0 ? persons : names);
    }

    /// <summary>The newsroom that signs instead of a person ("Par : RFI", "Al Jazeera Staff"), if any.</summary>
    public static string? Newsroom(string text, IReadOnlyList<Segment> segments) =>
        segments.Where(s => s.Kind == SegmentKind.Byline)
            .Select(s => BylineRules.AuthorOf(s.Span.Slice(text)))
            .Select(n => n.EndsWith(" Staff", StringComparison.OrdinalIgnoreCase) ? n[..^6] : n)
            .FirstOrDefault(n => !NameShape.IsName(n) && NameShape.IsNewsroom(n));
}
