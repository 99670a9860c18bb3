namespace Analysis.Core.Corpus;

/// <summary>How a corpus folder is read.</summary>
public sealed record CorpusOptions
{
    /// <summary>The defaults: 64 MB per file, no excluded folder, folder documentation skipped.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>
    /// Files larger than this are skipped as "too large": no news article is anywhere near it, and a
    /// runaway file (a log, a dump) must not exhaust memory. A JSON Lines file is read line by line, so
    /// for it this is the limit of each line (each article), not of the file.
    /// </summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The longest an HTML page may take to parse before it is skipped as too deeply nested. A page of
    /// ordinary depth parses in milliseconds; only malformed markup with thousands of unclosed elements
    /// comes near it, and one such page must not stall a run over a million.
    /// </summary>
    public TimeSpan HtmlParseBudget
    {
        get;
        init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The HTML parse budget must be positive.");
    } = TimeSpan.FromSeconds(10);

    /// <summary>Folders not to enter (full paths), such as the run's own output folder.</summary>
    public IReadOnlyList<string> ExcludedFolders { get; init; } = [];

    /// <summary>Deepest folder nesting entered below the corpus folder.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// File names (any case) that document a folder rather than hold an article: a README in a corpus
    /// folder describes the corpus and must not become a document.
    /// </summary>
    public IReadOnlySet<string> DocumentationFileNames { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "README", "README.md", "README.txt", "README.markdown", "LICENSE", "LICENSE.md", "LICENSE.txt",
        "CHANGELOG.md", "NOTICE", "NOTICE.txt", "CONTRIBUTING.md",
    };
}
