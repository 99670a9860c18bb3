using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Actors;

/// <summary>
/// A document after actor extraction: its mentions in article text, and the mentions found in
/// boilerplate and bylines, kept apart so they can be traced but never counted.
/// </summary>
/// <param name="Document">The document.</param>
/// <param name="Sentences">Its sentence spans; a mention's <see cref="Mention.Sentence"/> indexes them.</param>
/// <param name="Mentions">Actor mentions in the title and content, in text order.</param>
/// <param name="SetAside">Dictionary matches in boilerplate, bylines or datelines, in text order.</param>
public sealed record ExtractedDocument(
    Document Document,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Mention> SetAside)
{
    /// <summary>The distinct actors of the article, in order of first mention.</summary>
    public IEnumerable<Actor> Actors => Mentions.Select(m => m.Actor).DistinctBy(a => a.Id);

    /// <summary>The text of sentence <paramref name="index"/>.</summary>
    public string SentenceText(int index) => Sentences[index].Slice(Document.Text);
}
