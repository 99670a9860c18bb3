using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Description;

/// <summary>
/// The document's title: the headline segment, else the source's metadata title, else the opening of
/// the first sentence of the prose, so a source list never shows an empty line for an article that
/// simply had no headline (a common scraping loss).
/// </summary>
internal static class TitleFinder
{
    /// <summary>Longest title made from a first sentence; longer ones are cut at a word with an ellipsis.</summary>
    internal const int MaxDerivedLength = 160;

    private static readonly string[] SuffixSeparators = [" | ", " – ", " — ", " - "];

    public static string Find(string text, IReadOnlyList<Segment> segments, string? metadataTitle, string outlet)
    {
        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Title)
            {
                return WithoutOutletSuffix(Collapse(segment.Span.Slice(text)), outlet);
            }
        }

        if (!string.IsNullOrWhiteSpace(metadataTitle))
        {
            return WithoutOutletSuffix(Collapse(metadataTitle), outlet);
        }

        var firstProse = segments.FirstOrDefault(s => s.Kind == SegmentKind.Content && s.Rule == SegmentRules.Prose);
        return firstProse.Span.IsEmpty ? string.Empty : FirstSentence(Collapse(firstProse.Span.Slice(text)));
    }

    /// <summary>The first sentence without its final stop, cut at a word boundary if too long.</summary>
    internal static string FirstSentence(string paragraph)
    {
        var sentence = paragraph[..SentenceBoundaries.FirstSentenceEnd(paragraph)].TrimEnd().TrimEnd('.');
        if (sentence.Length <= MaxDerivedLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxDerivedLength - 1);
        return sentence[..(cut > 0 ? cut : MaxDerivedLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>
    /// "Mali : Assimi Goïta promu général d'armée – Jeune Afrique" → without the site's name, which page
    /// titles and feeds append; only when what follows the last separator is the outlet.
    /// </summary>
    internal static string WithoutOutletSuffix(string title, string outlet)
    {
        if (outlet.Length == 0)
        {
            return title;
        }

        var cut = SuffixSeparators.Select(separator => title.LastIndexOf(separator, StringComparison.Ordinal)).Max();
        if (cut <= 0)
        {
            return title;
        }

        var suffix = Squeeze(TextFolding.Fold(title[(cut + 3)..]));
        var site = Squeeze(TextFolding.Fold(outlet));
        var isOutlet = suffix.Length > 0 && (site.StartsWith(suffix, StringComparison.Ordinal) || suffix.StartsWith(site.Split('.')[0], StringComparison.Ordinal));
        return isOutlet ? title[..cut].TrimEnd() : title;
    }

    private static string Squeeze(string folded) => folded.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Single spaces, and no Markdown heading marks ("# Titre" → "Titre").</summary>
    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimStart('#', ' ');
}
