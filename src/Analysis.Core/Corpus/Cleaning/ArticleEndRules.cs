namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Where the article stops and widgets interrupt it. Inside or after the article, a widget heading
/// ("Articles similaires") takes the short lines after it, up to the next paragraph of prose, as its
/// links; above the first paragraph it does not, because the headline may be among those lines (the
/// header rule sweeps what stands above the headline anyway). A comment form, a comment thread, an
/// author box, a tag list, a paywall or a previous/next link ends the article, once a real article
/// has come before it: at least <see cref="ArticleWords"/> words of prose, or more prose than follows
/// (comments can outweigh a short article). Nearer the top such labels are links under the headline,
/// and the article must not be lost to them.
/// </summary>
internal static class ArticleEndRules
{
    /// <summary>Prose words above a marker from which it surely ends a full article, not a lead.</summary>
    private const int ArticleWords = 150;

    public static void Apply(List<PageLine> lines)
    {
        MarkAuthorBoxes(lines);
        var firstBody = lines.FindIndex(l => l.IsOpenBodyParagraph);
        for (var i = 0; i < lines.Count; i++)
        {
            switch (lines[i].Effect)
            {
                case PhraseEffect.OpensBlock when firstBody >= 0 && i > firstBody:
                    MarkBlock(lines, i);
                    break;
                case PhraseEffect.EndsArticle when EndsTheArticle(lines, i):
                    MarkRest(lines, i);
                    return;
            }
        }
    }

    /// <summary>
    /// An author box without a heading: a bare name the article never mentions (a byline may), then a paragraph that
    /// opens with that name ("SAM MEDNICK" / "Mednick covers West Africa …"). The name is the byline and
    /// the paragraph ends the article, under the same guard as other end markers.
    /// </summary>
    private static void MarkAuthorBoxes(List<PageLine> lines)
    {
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var name = lines[i];
            var bio = lines[i + 1];
            if (name.IsDecided || bio.IsDecided || !bio.Shape.IsBodyParagraph || !BylineRules.IsBareName(name))
            {
                continue;
            }

            var nameWords = name.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
            var opensWithName = nameWords.Any(w => bio.Folded.StartsWith(w + " ", StringComparison.Ordinal));
            var mentionedBefore = lines.Take(i).Any(l => l.Kind != SegmentKind.Byline && nameWords.Any(w => l.Folded.Contains(w, StringComparison.Ordinal)));
            if (opensWithName && !mentionedBefore && EndsTheArticle(lines, i + 1))
            {
                name.Decide(SegmentKind.Byline, SegmentRules.Byline);
                bio.Decide(SegmentKind.Boilerplate, SegmentRules.AuthorBox, PhraseEffect.EndsArticle);
            }
        }
    }

    private static void MarkBlock(List<PageLine> lines, int heading)
    {
        for (var i = heading + 1; i < lines.Count && !lines[i].IsOpenBodyParagraph; i++)
        {
            if (!lines[i].IsDecided)
            {
                lines[i].Decide(SegmentKind.Boilerplate, lines[heading].Rule);
            }
        }
    }

    private static bool EndsTheArticle(List<PageLine> lines, int marker)
    {
        var before = ProseWords(lines.Take(marker));
        return before > 0 && (before >= ArticleWords || ProseWords(lines.Skip(marker + 1)) < before);
    }

    private static void MarkRest(List<PageLine> lines, int marker)
    {
        foreach (var line in lines.Skip(marker + 1).Where(l => l.Kind != SegmentKind.Boilerplate))
        {
            line.Decide(SegmentKind.Boilerplate, SegmentRules.AfterArticleEnd);
        }
    }

    private static int ProseWords(IEnumerable<PageLine> lines) => lines.Where(l => l.IsOpenBodyParagraph).Sum(l => l.Shape.Words);
}
