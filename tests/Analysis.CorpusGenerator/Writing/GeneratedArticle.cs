namespace Analysis.CorpusGenerator.Writing;

/// <summary>One article: its text, the ids of the actors its prose names, and its date (null when the page states none).</summary>
internal sealed record GeneratedArticle(string Text, IReadOnlyList<string> Truth, DateOnly? Date);
