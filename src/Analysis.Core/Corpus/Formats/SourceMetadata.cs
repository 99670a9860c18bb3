namespace Analysis.Core.Corpus.Formats;

/// <summary>What a structured source (news-please JSON, HTML meta tags, Markdown front matter) says
/// about an article. Every field is optional; the text-based finders fill the gaps.</summary>
internal sealed record SourceMetadata
{
    public static SourceMetadata Empty { get; } = new();

    public string? Title { get; init; }

    /// <summary>The raw date string as the source wrote it, parsed later by the date finder.</summary>
    public string? Date { get; init; }

    public string? Outlet { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Language { get; init; }

    public string? Url { get; init; }
}
