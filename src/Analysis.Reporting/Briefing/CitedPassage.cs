using Analysis.Core.Cooccurrence;

namespace Analysis.Reporting.Briefing;

/// <summary>A passage behind a tie and the article it comes from, ready to be quoted and cited.</summary>
public sealed record CitedPassage(TieEvidence Evidence, DocumentCard Source)
{
    /// <summary>
    /// Whether this passage shows the tie better than <paramref name="other"/>: a narrower window first (a
    /// sentence says more than an article), then a passage short enough to quote, then the earlier article.
    /// </summary>
    public bool IsBetterThan(CitedPassage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Evidence.Window != other.Evidence.Window)
        {
            return Evidence.Window < other.Evidence.Window;
        }

        return Evidence.Text.Length <= MaxQuote && other.Evidence.Text.Length > MaxQuote;
    }

    /// <summary>The longest passage quoted whole; longer ones are shortened around the actors.</summary>
    public const int MaxQuote = 420;
}
