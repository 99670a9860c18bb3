using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Dates;
using Analysis.Core.Corpus.Description;
using Analysis.Core.Corpus.Formats;

namespace Analysis.Core.Corpus;

/// <summary>
/// Turns a source article into a <see cref="Document"/>: segments its text, then describes it (title,
/// author, outlet, language, date), preferring what the source's metadata states over what the text
/// suggests.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly PageSegmenter _segmenter;

    public DocumentBuilder(PageSegmenter segmenter) => _segmenter = segmenter;

    public Document Build(SourceArticle article, string file)
    {
        var text = article.Text;
        var metadata = article.Metadata;
        var segments = _segmenter.Segment(text, article.Hints);
        var language = NormalizeLanguage(metadata.Language)
            ?? LanguageGuesser.Guess(segments.Where(s => s.IsArticleText).Select(s => s.Span.Slice(text)));
        var outlet = OutletFinder.Find(text, segments, metadata.Outlet);
        var author = AuthorFinder.Find(text, segments, metadata.Authors);
        return new Document
        {
            Id = DocumentId.Of(text),
            File = file,
            Text = text,
            Segments = segments,
            Title = TitleFinder.Find(text, segments, metadata.Title, outlet),
            // A newsroom signing as author ("Par Wakat Séra") is the outlet, not a person.
            Author = string.Equals(author, outlet, StringComparison.OrdinalIgnoreCase) ? string.Empty : author,
            Outlet = outlet,
            Language = language,
            Date = DocumentDateFinder.Find(text, segments, metadata.Date, language),
            Url = metadata.Url ?? string.Empty,
            Encoding = article.Encoding,
        };
    }

    /// <summary>"fr-FR", "FR", "fra" → "fr"; anything else → null (then the text decides).</summary>
    private static string? NormalizeLanguage(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "fr" or "fra" or "fre" or "french" or "francais" or "français" => "fr",
            "en" or "eng" or "english" => "en",
            _ when primary.Length == 2 && primary.All(char.IsAsciiLetterLower) => primary,
            _ => null,
        };
    }
}
