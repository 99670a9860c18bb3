using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>One line of a keyword-in-context view: a mention with the words around it and its sentence.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Date">Its document's date.</param>
/// <param name="Left">The text before the mention, within its sentence, at most the requested width.</param>
/// <param name="Keyword">The mention as written.</param>
/// <param name="Right">The text after the mention, within its sentence, at most the requested width.</param>
/// <param name="Sentence">The whole sentence.</param>
public sealed record KwicLine(Mention Mention, PartialDate Date, string Left, string Keyword, string Right, string Sentence);
