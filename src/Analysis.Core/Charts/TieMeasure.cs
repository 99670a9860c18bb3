namespace Analysis.Core.Charts;

/// <summary>
/// What a co-occurrence heatmap's cells show: a count of the <see cref="Cooccurrence.CooccurrenceRow"/> or one
/// of its association measures (see the README's table for which question each answers).
/// </summary>
public enum TieMeasure
{
    /// <summary>Articles in which both actors share a window.</summary>
    Documents,

    /// <summary>Distinct stories among those articles (one event covered three times counts once).</summary>
    Stories,

    /// <summary>Windows (sentences, paragraphs or articles) naming both.</summary>
    Windows,

    /// <summary>Of the windows naming either, the share naming both (0–1).</summary>
    Jaccard,

    /// <summary>Normalised pointwise mutual information (−1…1): comparable across periods.</summary>
    Npmi,

    /// <summary>Pointwise mutual information, in bits: inflated for rare pairs.</summary>
    Pmi,

    /// <summary>Dunning's log-likelihood G², signed: how sure the association is not chance.</summary>
    LogLikelihood,
}
