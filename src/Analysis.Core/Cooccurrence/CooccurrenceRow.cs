using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// One tie in one period and window: the row of <c>cooccurrence.csv</c>. Counts first, then the
/// association measures computed from them (see <see cref="Measures.AssociationMeasures"/> for which
/// question each one answers).
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Window">The window.</param>
/// <param name="A">The actor whose id sorts first.</param>
/// <param name="B">The other actor.</param>
/// <param name="Documents">Articles in which the two share at least one window.</param>
/// <param name="Stories">Distinct stories among those articles.</param>
/// <param name="Weight">Windows (sentences, paragraphs or articles) in which both appear.</param>
/// <param name="WindowsA">Windows in which <paramref name="A"/> appears.</param>
/// <param name="WindowsB">Windows in which <paramref name="B"/> appears.</param>
/// <param name="Windows">All windows of the period's articles, with or without actors.</param>
public sealed record CooccurrenceRow(
    Period Period,
    CooccurrenceWindow Window,
    Actor A,
    Actor B,
    int Documents,
    int Stories,
    int Weight,
    int WindowsA,
    int WindowsB,
    int Windows)
{
    /// <summary>The pair's ids.</summary>
    public ActorPair Pair => new(A.Id, B.Id);

    /// <summary>See <see cref="Measures.AssociationMeasures.Jaccard"/>.</summary>
    public double Jaccard => Measures.AssociationMeasures.Jaccard(Weight, WindowsA, WindowsB);

    /// <summary>See <see cref="Measures.AssociationMeasures.Pmi"/>.</summary>
    public double Pmi => Measures.AssociationMeasures.Pmi(Weight, WindowsA, WindowsB, Windows);

    /// <summary>See <see cref="Measures.AssociationMeasures.Npmi"/>.</summary>
    public double Npmi => Measures.AssociationMeasures.Npmi(Weight, WindowsA, WindowsB, Windows);

    /// <summary>See <see cref="Measures.AssociationMeasures.LogLikelihood"/>.</summary>
    public double LogLikelihood => Measures.AssociationMeasures.LogLikelihood(Weight, WindowsA, WindowsB, Windows);

    /// <summary>The tie's strength by <paramref name="weight"/>: windows, articles or stories.</summary>
    public int WeightBy(TieWeight weight) => weight switch
    {
        TieWeight.Windows => Weight,
        TieWeight.Documents => Documents,
        TieWeight.Stories => Stories,
        _ => throw new ArgumentOutOfRangeException(nameof(weight), weight, "Unknown tie weight."),
    };
}
