namespace Analysis.Core.Corpus.Dates;

/// <summary>
/// Decides when a document was published, from the strongest evidence available: the source's date
/// field, then a publication line, then the first date in the article's own prose.
/// </summary>
/// <remarks>
/// Public so that notebooks can re-date a document, for instance with a different metadata field.
/// </remarks>
public static class DocumentDateFinder
{
    /// <summary>Finds the document's date.</summary>
    /// <param name="text">The document's full text.</param>
    /// <param name="segments">The document's classified segments; their spans point into <paramref name="text"/>.</param>
    /// <param name="metadataDate">
    /// The source's structured date ("2023-08-29 10:12:00", "2023-08-29T10:12:00+01:00", "2023-08"), or
    /// null. A field that does not parse is ignored.
    /// </param>
    /// <param name="language">The document's language code ("fr", "en").</param>
    /// <returns>
    /// In order of preference: the metadata date (no span); the first date in a publication line below
    /// the headline (a <see cref="SegmentKind.Dateline"/> or <see cref="SegmentKind.Byline"/> segment,
    /// "Par X - 6 novembre 2024") that gives a year; the first full date in the title or content; a
    /// publication line above the headline; the first month-year in the content; otherwise
    /// <see cref="DocumentDate.None"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A segment does not lie inside <paramref name="text"/>.</exception>
    public static DocumentDate Find(string text, IReadOnlyList<Segment> segments, string? metadataDate, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(language);

        // Metadata and datelines record publication; even when coarser (a month) they outrank a day
        // written in the prose, which may be the date of an event reported days or weeks later.
        if (MetadataDate.TryParse(metadataDate, out var published))
        {
            return new DocumentDate(published, DateOrigin.Metadata, metadataDate, null);
        }

        var ordered = segments.OrderBy(s => s.Span.Start).ToList();

        // A date line above the headline is often the site header's "today", the day the page was
        // scraped: it ranks below the prose. Below the headline, datelines and bylines state publication.
        var headline = ordered.FindIndex(s => s.Kind == SegmentKind.Title);
        var publication = ordered.Select((s, i) => (s, i)).Where(p => p.s.Kind is SegmentKind.Dateline or SegmentKind.Byline).ToList();
        var datelines = ScanDatelines(text, [.. publication.Where(p => p.i > headline).Select(p => p.s)], language);
        var header = ScanDatelines(text, [.. publication.Where(p => p.i < headline).Select(p => p.s)], language);

        // Boilerplate dates never count, not even as evidence of the year: a "related article" link or
        // an archive list carries the dates of other articles.
        var article = Scan(text, ordered.Where(s => s.IsArticleText), language);

        // A year-less date takes its year from dates written with at least a month. Bare years ("depuis
        // 2015") are left out: in prose they mostly look back, and would resolve "6 mars" to a past year.
        var candidateYears = datelines.Concat(article).Concat(header)
            .Where(m => m.Year is not null && m.Month is not null)
            .Select(m => m.Year!.Value)
            .ToHashSet();

        return FromDateline(datelines, candidateYears)
            ?? FromArticleDay(article, candidateYears)
            ?? FromDateline(header, candidateYears)
            ?? FromArticleMonth(article)
            ?? DocumentDate.None;
    }

    private static List<DateMention> Scan(string text, IEnumerable<Segment> segments, string language) =>
        segments.SelectMany(s => DateExpressionScanner.Scan(text, s.Span, language)).ToList();

    /// <summary>
    /// Datelines come from the site's template, which is often in the other language than the article
    /// ("Published: 5 March 2024" over French prose): when the article's language finds no month in
    /// them, the other language is tried.
    /// </summary>
    private static List<DateMention> ScanDatelines(string text, List<Segment> datelines, string language)
    {
        var found = Scan(text, datelines, language);
        if (datelines.Count == 0 || found.Any(m => m.Month is not null))
        {
            return found;
        }

        var other = Scan(text, datelines, language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "fr" : "en");
        return other.Any(m => m.Month is not null) ? other : found;
    }

    private static DocumentDate? FromDateline(List<DateMention> mentions, HashSet<int> candidateYears)
    {
        foreach (var mention in mentions)
        {
            // A dateline is publication evidence even at year precision ("date 2024").
            var date = mention.IsYearless ? YearResolver.Resolve(mention, candidateYears) : mention.Date;
            if (date.IsKnown)
            {
                return Dated(date, DateOrigin.Dateline, mention);
            }
        }

        return null;
    }

    private static DocumentDate? FromArticleDay(List<DateMention> mentions, HashSet<int> candidateYears)
    {
        // A day with its weekday ("ce vendredi 26 juillet 2024") is how news prose states when the
        // reported event happened; a bare day is as often a look back ("depuis le coup d'État du
        // 26 juillet 2023"). So the first day with a weekday wins, then the first day at all.
        foreach (var anchoredOnly in new[] { true, false })
        {
            foreach (var mention in mentions.Where(m => !anchoredOnly || m.Weekday is not null))
            {
                var date = mention.IsYearless ? YearResolver.Resolve(mention, candidateYears) : mention.Date;
                if (date.Precision == DatePrecision.Day)
                {
                    return Dated(date, DateOrigin.Content, mention);
                }
            }
        }

        return null;
    }

    private static DocumentDate? FromArticleMonth(List<DateMention> mentions)
    {
        // A bare year in prose ("en 2012", "depuis 2015") usually names a past event or a period, not the
        // time of writing, so it is too weak to date the article: only a month-year is kept as a fallback.
        var monthYear = mentions.FirstOrDefault(m => m.Date.Precision == DatePrecision.Month);
        return monthYear is null ? null : Dated(monthYear.Date, DateOrigin.Content, monthYear);
    }

    private static DocumentDate Dated(PartialDate date, DateOrigin origin, DateMention mention) =>
        new(date, origin, mention.Text, mention.Span);
}
