using Analysis.Core.Cooccurrence;

namespace Analysis.Reporting.Briefing;

/// <summary>A passage behind a tie and the article it comes from, ready to be quoted and cited.</summary>
public sealed record CitedPassage(TieEvidence Evidence, DocumentCard Source)
{
    /// <summary>The longest passage quoted whole; longer ones are shortened around the actors.</summary>
    public const int MaxQuote = 420;

    /// <summary>How well <paramref name="evidence"/> shows its tie, lower being better: a narrower window first
    /// (a sentence says more than an article), then a passage short enough to quote whole. Of equal ranks
    /// the briefing quotes the earlier article.</summary>
    internal static int RankOf(TieEvidence evidence) => (2 * (int)evidence.Window) + (evidence.Text.Length <= MaxQuote ? 0 : 1);
}
