using Analysis.Core.Cooccurrence;

namespace Analysis.Reporting.Briefing;

/// <summary>A passage behind a tie and the article it comes from, ready to be quoted and cited.</summary>
public sealed record CitedPassage(TieEvidence Evidence, DocumentCard Source)
{
    /// <summary>The longest passage quoted whole; longer ones are shortened around the actors.</summary>
    public const int MaxQuote = 420;

    /// <summary>
    /// Whether this passage shows the tie better than <paramref name="other"/>: a narrower window first (a
    /// sentence says more than an article), then a passage short enough to quote, then the earlier article.
    /// </summary>
    public bool IsBetterThan(CitedPassage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return RankOf(Evidence) < RankOf(other.Evidence);
    }

    /// <summary>How well <paramref name="evidence"/> shows its tie, lower being better: the window, then
    /// whether the passage can be quoted whole. Equal ranks go to the earlier article.</summary>
    internal static int RankOf(TieEvidence evidence) => (2 * (int)evidence.Window) + (evidence.Text.Length <= MaxQuote ? 0 : 1);
}
