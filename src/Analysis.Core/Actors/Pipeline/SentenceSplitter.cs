using Analysis.Core.Text;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Splits every segment of the document into sentences (<see cref="SentenceBoundaries"/>). A sentence
/// never crosses a segment, so a headline, a caption and the paragraph after them are separate sentences
/// and a pair of actors is never counted across them.
/// </summary>
internal sealed class SentenceSplitter : IActorComponent
{
    public string Name => "sentences";

    public IReadOnlyList<string> Reads { get; } = [];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Sentences];

    public void Annotate(ActorDocument document)
    {
        var text = document.Document.Text;
        foreach (var segment in document.Document.Segments)
        {
            var start = segment.Span.Start;
            for (var i = SentenceBoundaries.NextBreak(text, start, segment.Span.End - 1); i >= 0; i = SentenceBoundaries.NextBreak(text, i + 1, segment.Span.End - 1))
            {
                document.Sentences.Add(TextSpan.FromBounds(start, i + 1));
                start = i + 2;
            }

            if (start < segment.Span.End)
            {
                document.Sentences.Add(TextSpan.FromBounds(start, segment.Span.End));
            }
        }
    }
}
