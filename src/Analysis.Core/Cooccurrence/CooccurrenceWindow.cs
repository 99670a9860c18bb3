namespace Analysis.Core.Cooccurrence;

/// <summary>
/// How close two mentions must be to count as appearing together. The narrower the window, the more a
/// tie says: two names in one sentence are usually in one act ("X received Y"); in one article they may
/// only share a topic.
/// </summary>
public enum CooccurrenceWindow
{
    /// <summary>Both in one sentence.</summary>
    Sentence,

    /// <summary>Both in one paragraph (a line of article text, the headline, a caption).</summary>
    Paragraph,

    /// <summary>Both anywhere in the article's text.</summary>
    Document,
}
