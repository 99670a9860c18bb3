namespace Analysis.Core.Cooccurrence.Measures;

/// <summary>
/// How strongly two actors are associated, from four counts over the windows of one period: the windows
/// where both appear (<c>both</c>), where each appears (<c>a</c>, <c>b</c>) and all windows (<c>total</c>).
/// Each measure answers a different question, so tables carry them all:
/// <list type="bullet">
/// <item><b>documents / stories</b> (counted elsewhere): <i>how much coverage ties them?</i> Volume; a big
/// event covered by many outlets counts once by stories.</item>
/// <item><see cref="Jaccard"/>: <i>of the windows where either appears, what share shows both?</i> Overlap;
/// high when the two are nearly always named together, low when one is named much more often.</item>
/// <item><see cref="Pmi"/>: <i>how many times more often together than if they were named independently?</i>
/// (in bits). Surprise; it favours rare pairs, which is why ties below a minimum support are left out.</item>
/// <item><see cref="Npmi"/>: PMI scaled to [-1, 1] (1: always together, 0: independent, -1: never), to
/// compare ties across periods and corpora of different sizes.</item>
/// <item><see cref="LogLikelihood"/>: <i>how sure can we be that the association is not chance?</i>
/// Dunning's G², which grows with the evidence; above 3.84 the association is significant at 5 %, above
/// 10.83 at 0.1 % (one degree of freedom).</item>
/// </list>
/// </summary>
public static class AssociationMeasures
{
    /// <summary>Jaccard similarity of the two actors' sets of windows: both / (a + b − both).</summary>
    public static double Jaccard(int both, int a, int b)
    {
        Check(both, a, b, a + b - both);
        var union = a + b - both;
        return union == 0 ? 0 : (double)both / union;
    }

    /// <summary>Pointwise mutual information in bits: log2(both · total / (a · b)); −∞ when never together.</summary>
    public static double Pmi(int both, int a, int b, int total)
    {
        Check(both, a, b, total);
        if (both == 0)
        {
            return double.NegativeInfinity;
        }

        return Math.Log2((double)both * total / ((double)a * b));
    }

    /// <summary>
    /// Normalised PMI: PMI / −log2(both / total), in [−1, 1]; −1 when never together. Not a number when
    /// both are in every window (a period of one article, at article level): nothing then tells
    /// association from chance, and a 1 would put such ties at the top of every ranking.
    /// </summary>
    public static double Npmi(int both, int a, int b, int total)
    {
        Check(both, a, b, total);
        if (both == 0)
        {
            return -1;
        }

        if (both == total)
        {
            return double.NaN;
        }

        return Pmi(both, a, b, total) / -Math.Log2((double)both / total);
    }

    /// <summary>
    /// Dunning's log-likelihood ratio G² = 2 Σ O·ln(O / E) over the 2×2 table of windows (both, only a,
    /// only b, neither), signed: negative when the two appear together less often than chance would have
    /// them, so sorting by it puts attraction first and avoidance last.
    /// </summary>
    public static double LogLikelihood(int both, int a, int b, int total)
    {
        Check(both, a, b, total);
        if (total == 0)
        {
            return 0;
        }

        double onlyA = a - both, onlyB = b - both, neither = total - a - b + both;
        double n = total, rowA = a, rowNotA = total - a, colB = b, colNotB = total - b;
        var g2 = 2 * (Term(both, rowA * colB / n) + Term(onlyA, rowA * colNotB / n) + Term(onlyB, rowNotA * colB / n) + Term(neither, rowNotA * colNotB / n));
        var expected = rowA * colB / n;
        return both < expected ? -g2 : g2;
    }

    private static double Term(double observed, double expected) => observed == 0 ? 0 : observed * Math.Log(observed / expected);

    private static void Check(int both, int a, int b, int total)
    {
        if (both < 0 || both > a || both > b || a > total || b > total || a + b - both > total)
        {
            throw new ArgumentOutOfRangeException(nameof(both), $"Inconsistent counts: both={both}, a={a}, b={b}, total={total}.");
        }
    }
}
