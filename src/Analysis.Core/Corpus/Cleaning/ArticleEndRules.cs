namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Where the article stops and widgets interrupt it. Inside or after the article, a widget heading
/// ("Articles similaires") takes the short lines after it, up to the next paragraph of prose, as its
/// links; above the first paragraph it does not, because the headline may be among those lines (the
/// header rule sweeps what stands above the headline anyway). A comment form or a previous/next link
/// ends the article, but only when less prose follows it than came before: such links also sit under
/// the headline on many sites, and the article must not be lost to them.
/// </summary>
internal static class ArticleEndRules
{
    public static void Apply(List<PageLine> lines)
    {
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
        return before > 0 && ProseWords(lines.Skip(marker + 1)) < before;
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
