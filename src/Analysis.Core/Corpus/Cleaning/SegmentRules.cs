namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Names of the rules that classify segments, as recorded in <see cref="Segment.Rule"/>. Stable strings,
/// so a notebook can filter on them ("show me everything dropped as related-link").
/// </summary>
public static class SegmentRules
{
    /// <summary>Article prose.</summary>
    public const string Prose = "prose";

    /// <summary>The first headline-shaped line.</summary>
    public const string Headline = "headline";

    /// <summary>The line equal to the title given by the source's metadata.</summary>
    public const string MetadataTitle = "metadata-title";

    /// <summary>"Par X Y" / "By X Y", or a bare name line where bylines sit.</summary>
    public const string Byline = "byline";

    /// <summary>A publication-date line or prefix.</summary>
    public const string Dateline = "dateline";

    /// <summary>Menus, breadcrumbs, category labels.</summary>
    public const string Navigation = "navigation";

    /// <summary>Lines above the headline: site header, menus, category labels.</summary>
    public const string BeforeHeadline = "before-headline";

    /// <summary>Breadcrumb trails ("Home › Politique › …") and truncated copies of a headline.</summary>
    public const string Breadcrumb = "breadcrumb";

    /// <summary>A copy of this or another article's headline (related links, "previous article").</summary>
    public const string RepeatedHeadline = "repeated-headline";

    /// <summary>"Publicité", "Advertisement".</summary>
    public const string Advertisement = "advertisement";

    /// <summary>"Partager", "Share on Facebook".</summary>
    public const string SharePrompt = "share-prompt";

    /// <summary>Comment forms and their labels.</summary>
    public const string CommentForm = "comment-form";

    /// <summary>"Previous article", "Next article", "Article suivant".</summary>
    public const string ArticleNavigation = "article-navigation";

    /// <summary>"A LIRE AUSSI : …", "Read more", "Articles similaires".</summary>
    public const string RelatedLink = "related-link";

    /// <summary>Server errors, cookie banners, "enable JavaScript".</summary>
    public const string SiteMessage = "site-message";

    /// <summary>"© 2024 …", "Tous droits réservés".</summary>
    public const string Copyright = "copyright";

    /// <summary>Newsletter and subscription prompts.</summary>
    public const string Subscription = "subscription";

    /// <summary>"Publié", "Mis à jour" without a date.</summary>
    public const string PublicationLabel = "publication-label";

    /// <summary>View, share and comment counters ("71", "0").</summary>
    public const string Counter = "counter";

    /// <summary>A bare web address ("www.refletinfo.net").</summary>
    public const string OutletAddress = "outlet-address";

    /// <summary>The outlet describing itself ("Reflet info est un journal burkinabè en ligne …").</summary>
    public const string OutletBlurb = "outlet-blurb";

    /// <summary>Photo, source and contributor credits ("Crédit photo : AIB", "Source : Le Républicain").</summary>
    public const string Credit = "credit";

    /// <summary>Reading-time notes ("3 min read", "Temps de lecture : 12 minutes").</summary>
    public const string ReadingTime = "reading-time";

    /// <summary>Comment-thread furniture ("Hamidou dit :", "5 réponses à « … »"): the article is over.</summary>
    public const string CommentThread = "comment-thread";

    /// <summary>An author box: the journalist's biography after the article.</summary>
    public const string AuthorBox = "author-box";

    /// <summary>A donation or subscription appeal.</summary>
    public const string Appeal = "appeal";

    /// <summary>A stray word or symbol left by the page layout ("on", "|", "* * *").</summary>
    public const string Fragment = "fragment";

    /// <summary>Short non-sentence lines after the article's last paragraph.</summary>
    public const string TrailingPageElement = "trailing-page-element";

    /// <summary>Everything after a line that ends the article (comment form, previous/next links).</summary>
    public const string AfterArticleEnd = "after-article-end";

    /// <summary>Prefix of the source's own markup hints (an HTML nav, footer or aside element).</summary>
    public const string MarkupPrefix = "markup:";
}
