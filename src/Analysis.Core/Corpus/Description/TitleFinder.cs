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

    public static string Find(string text, IReadOnlyList<Segment> segments, string? metadataTitle)
    {
        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Title)
            {
                return Collapse(segment.Span.Slice(text));
            }
        }

        if (!string.IsNullOrWhiteSpace(metadataTitle))
        {
            return Collapse(metadataTitle);
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

    /// <summary>Single spaces, and no Markdown heading marks ("# Titre" → "Titre").</summary>
    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimStart('#', ' ');
}
