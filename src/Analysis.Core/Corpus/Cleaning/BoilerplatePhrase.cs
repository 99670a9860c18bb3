namespace Analysis.Core.Corpus.Cleaning;

/// <summary>How a phrase must sit in a line to match it.</summary>
internal enum PhraseMatch
{
    /// <summary>The whole line, bar leading marks and trailing punctuation.</summary>
    Whole,

    /// <summary>The start of the line, followed by a word boundary.</summary>
    Prefix,

    /// <summary>
    /// The start of the line, even glued to the next word: scrapers flatten adjacent elements, so the
    /// label "Previous article" and the linked headline arrive as "Previous articleBurkina Faso : …".
    /// </summary>
    GluedPrefix,

    /// <summary>Anywhere in the line (only for phrases that never occur in prose).</summary>
    Anywhere,
}

/// <summary>What a furniture line does to the lines after it.</summary>
internal enum PhraseEffect
{
    /// <summary>Only the line itself is furniture.</summary>
    None,

    /// <summary>A widget heading ("Articles similaires"): the short lines up to the next paragraph are its links.</summary>
    OpensBlock,

    /// <summary>The article is over (a comment form, previous/next article links), unless more prose follows than came before.</summary>
    EndsArticle,
}

/// <summary>A known piece of web-page furniture, folded (lower case, no accents, ASCII apostrophes).</summary>
/// <param name="Folded">The phrase, folded.</param>
/// <param name="Match">Where it must sit in the line.</param>
/// <param name="Rule">The rule name recorded on the segment.</param>
/// <param name="Effect">What the line does to the lines after it.</param>
internal sealed record BoilerplatePhrase(string Folded, PhraseMatch Match, string Rule, PhraseEffect Effect = PhraseEffect.None)
{
    public bool Matches(ReadOnlySpan<char> foldedLine) => Match switch
    {
        PhraseMatch.Whole => foldedLine.SequenceEqual(Folded),
        PhraseMatch.Prefix => foldedLine.StartsWith(Folded, StringComparison.Ordinal)
            && (foldedLine.Length == Folded.Length || !char.IsLetterOrDigit(Folded[^1]) || !char.IsLetterOrDigit(foldedLine[Folded.Length])),
        PhraseMatch.GluedPrefix => foldedLine.StartsWith(Folded, StringComparison.Ordinal),
        PhraseMatch.Anywhere => foldedLine.Contains(Folded, StringComparison.Ordinal),
        _ => false,
    };
}
