using Analysis.Core.Text;

namespace Analysis.Core.Actors;

/// <summary>
/// Keyword in context: every mention of an actor with the words on either side, cut at the sentence's
/// edges, so an analyst can read how the press names and describes it.
/// </summary>
public static class Kwic
{
    /// <summary>The mentions of the actor whose id or canonical name is <paramref name="actor"/>, in
    /// document date order then text order.</summary>
    public static IReadOnlyList<KwicLine> Of(IEnumerable<ExtractedDocument> documents, string actor, int width = 60)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        var lines = new List<KwicLine>();
        foreach (var document in documents.OrderBy(d => d.Document.Date.Value))
        {
            foreach (var mention in document.Mentions.Where(m => Names(m.Actor, actor)))
            {
                var sentence = mention.Sentence >= 0 ? document.Sentences[mention.Sentence] : mention.Span;
                var text = document.Document.Text;
                var leftStart = Math.Max(sentence.Start, mention.Span.Start - width);
                var rightEnd = Math.Min(sentence.End, mention.Span.End + width);
                lines.Add(new KwicLine(
                    mention,
                    document.Document.Date.Value,
                    TextSpan.FromBounds(leftStart, mention.Span.Start).Slice(text).TrimStart(),
                    mention.Surface,
                    TextSpan.FromBounds(mention.Span.End, rightEnd).Slice(text).TrimEnd(),
                    sentence.Slice(text)));
            }
        }

        return lines;
    }

    private static bool Names(Actor candidate, string actor) =>
        string.Equals(candidate.Id, actor, StringComparison.Ordinal) || string.Equals(candidate.Name, actor, StringComparison.OrdinalIgnoreCase);
}
