using Analysis.Core.Text;

namespace Analysis.Core.Corpus;

/// <summary>
/// One article, as loaded: its normalised text, the classification of that text into content and
/// boilerplate, and what is known about it (title, outlet, author, language, date with evidence).
/// Later pipeline stages annotate it; they never change <see cref="Text"/>, so offsets stay valid.
/// </summary>
public sealed record Document
{
    /// <summary>Stable identifier derived from the text, so re-running on a grown corpus keeps ids.</summary>
    public required string Id { get; init; }

    /// <summary>Source path relative to the corpus folder, with <c>/</c> separators; <c>#n</c> names the
    /// n-th article of a multi-article file (line n of a JSONL file, item n of a JSON array).</summary>
    public required string File { get; init; }

    /// <summary>The full decoded and normalised text, boilerplate included.</summary>
    public required string Text { get; init; }

    /// <summary>Classified stretches of <see cref="Text"/>, in order, not overlapping. Gaps are whitespace.</summary>
    public required IReadOnlyList<Segment> Segments { get; init; }

    /// <summary>The headline, or the opening of the first sentence when the text has no headline line.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The publishing site's name or domain, when the source says it.</summary>
    public string Outlet { get; init; } = string.Empty;

    /// <summary>The author(s) from the byline or the source's metadata; several are joined by "; ".</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>ISO 639-1 code ("fr", "en") or empty when it could not be told.</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>The article's date, its precision and where it came from.</summary>
    public DocumentDate Date { get; init; } = DocumentDate.None;

    /// <summary>The article's address, when the source gives one.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The group of articles reporting the same event; empty until stories are computed.</summary>
    public string StoryId { get; init; } = string.Empty;

    /// <summary>The encoding the bytes were decoded from ("utf-8", "windows-1252").</summary>
    public string Encoding { get; init; } = string.Empty;

    /// <summary>Number of characters of <see cref="Text"/>.</summary>
    public int Chars => Text.Length;

    /// <summary>The segments analysis reads: title and article prose.</summary>
    public IEnumerable<Segment> ArticleSegments => Segments.Where(s => s.IsArticleText);

    /// <summary>The text of one segment.</summary>
    public string TextOf(Segment segment) => segment.Span.Slice(Text);

    /// <summary>The segment that contains <paramref name="span"/>, or null when it falls in a gap.</summary>
    public Segment? SegmentAt(TextSpan span)
    {
        foreach (var segment in Segments)
        {
            if (segment.Span.Contains(span))
            {
                return segment;
            }
        }

        return null;
    }
}
