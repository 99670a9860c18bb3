namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// A format whose files hold many articles and can be read one article at a time, so the size limit
/// applies to each article, not to the file: a news-please dump of a million lines is one file.
/// </summary>
internal interface IStreamingArticleFormat : IArticleFormat
{
    /// <summary>The articles of <paramref name="stream"/>, read as they are pulled; none may exceed <paramref name="maxItemBytes"/>.</summary>
    IEnumerable<FormatItem> Read(Stream stream, long maxItemBytes);
}
