using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Actors;

/// <summary>
/// A stretch of a document's text resolved to one actor: where it is, how it was written, in which
/// sentence, how it was found and the title written next to it.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Actor">The actor it refers to.</param>
/// <param name="Surface">The text as written ("GOÏTA", "burkinabè", "le chef d'état-major des forces armées du Niger").</param>
/// <param name="Span">Offsets in the document's text.</param>
/// <param name="Sentence">Index of the sentence in the document (sentences never cross segments).</param>
/// <param name="Origin">Dictionary, discovered, coreference or role.</param>
/// <param name="Title">The title, rank or office written next to it ("Colonel-major"), or empty.</param>
/// <param name="Segment">The kind of segment it lies in; only title and content mentions are actor mentions.</param>
public sealed record Mention(
    string DocumentId,
    Actor Actor,
    string Surface,
    TextSpan Span,
    int Sentence,
    MentionOrigin Origin,
    string Title,
    SegmentKind Segment)
{
    /// <summary>The title in the lexicon's spelling ("général de brigade" for "Général de Brigade"), or empty.</summary>
    public string TitleNormalized { get; init; } = string.Empty;

    /// <summary>
    /// Index of the paragraph (article segment: title or prose, in text order) that contains the whole
    /// mention, the paragraph window it counts in; -1 when it lies in none.
    /// </summary>
    public int Paragraph { get; init; } = -1;

    /// <summary>True for mentions in article text (title or content), the ones that count.</summary>
    public bool IsActorMention => Segment is SegmentKind.Content or SegmentKind.Title;
}
