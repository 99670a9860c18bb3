namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// One result of reading a file: an article, or the reason an article could not be read. A
/// single-article file yields one item; a JSONL file yields one per non-blank line, so one bad line
/// is reported with its number while the others load.
/// </summary>
/// <param name="Item">Line number (JSONL) or 1-based position (JSON array); null for single-article files.</param>
/// <param name="Article">The article, when it could be read.</param>
/// <param name="Problem">Why it could not be, when it could not.</param>
internal sealed record FormatItem(int? Item, SourceArticle? Article, string? Problem)
{
    public static FormatItem Of(SourceArticle article, int? item = null) => new(item, article, null);

    public static FormatItem Failed(string problem, int? item = null) => new(item, null, problem);
}
