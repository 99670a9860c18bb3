using Analysis.Core.Actors;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>One window of a document (a sentence, a paragraph or the whole article) and the actors in it.</summary>
/// <param name="Window">The kind of window.</param>
/// <param name="Span">Where it lies in the document's text (for a document, from the first to the last article segment).</param>
/// <param name="Actors">The distinct actors it mentions, as counted (after filters and roll-up), sorted by id.</param>
internal sealed record WindowUnit(CooccurrenceWindow Window, TextSpan Span, IReadOnlyList<Actor> Actors);
