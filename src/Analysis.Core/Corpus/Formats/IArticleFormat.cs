namespace Analysis.Core.Corpus.Formats;

/// <summary>Reads one kind of file into articles.</summary>
internal interface IArticleFormat
{
    /// <summary>The file extensions this format reads, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file's bytes. Expected problems are returned as failed items, never thrown.</summary>
    IEnumerable<FormatItem> Read(byte[] bytes);
}
