using Analysis.Core.Cooccurrence.Measures;

namespace Analysis.Core.Tests.Cooccurrence.Measures;

/// <summary>
/// The measures on 2×2 tables worked out by hand. The main one: 20 sentences, A in 4, B in 5, both in 2.
/// Expected counts if independent: both 4·5/20 = 1, only A 3, only B 4, neither 12; observed 2, 2, 3, 13.
/// </summary>
public sealed class AssociationMeasuresTests
{
    [Fact]
    public void Jaccard_IsSharedOverUnion()
    {
        Assert.Equal(2.0 / 7.0, AssociationMeasures.Jaccard(2, 4, 5), 12);
    }

    [Fact]
    public void Pmi_IsOneBit_WhenTogetherTwiceAsOftenAsChance()
    {
        Assert.Equal(1.0, AssociationMeasures.Pmi(2, 4, 5, 20), 12);
    }

    [Fact]
    public void Npmi_DividesPmiByMinusLogOfTheJointProbability()
    {
        // 1 / -log2(2/20) = 1 / log2(10).
        Assert.Equal(1 / Math.Log2(10), AssociationMeasures.Npmi(2, 4, 5, 20), 12);
    }

    [Fact]
    public void LogLikelihood_SumsObservedTimesLogObservedOverExpected()
    {
        // 2 · (2 ln 2 + 2 ln 2/3 + 3 ln 3/4 + 13 ln 13/12).
        var expected = 2 * ((2 * Math.Log(2)) + (2 * Math.Log(2.0 / 3)) + (3 * Math.Log(3.0 / 4)) + (13 * Math.Log(13.0 / 12)));

        Assert.Equal(expected, AssociationMeasures.LogLikelihood(2, 4, 5, 20), 12);
        Assert.Equal(1.5057, AssociationMeasures.LogLikelihood(2, 4, 5, 20), 4);
    }

    [Fact]
    public void Measures_ShowNoAssociation_WhenTogetherExactlyAsOftenAsChance()
    {
        // 10 sentences, A in 2, B in 5, both in 1 = 2·5/10.
        Assert.Equal(0, AssociationMeasures.Pmi(1, 2, 5, 10), 12);
        Assert.Equal(0, AssociationMeasures.Npmi(1, 2, 5, 10), 12);
        Assert.Equal(0, AssociationMeasures.LogLikelihood(1, 2, 5, 10), 12);
    }

    [Fact]
    public void LogLikelihood_IsNegative_WhenTheyAvoidEachOther()
    {
        // 10 sentences, each in 5, together in 1 where chance gives 2.5: table 1, 4, 4, 1 against 2.5 each.
        var magnitude = 2 * ((2 * Math.Log(1 / 2.5)) + (2 * 4 * Math.Log(4 / 2.5)));

        Assert.Equal(-magnitude, AssociationMeasures.LogLikelihood(1, 5, 5, 10), 12);
        Assert.True(AssociationMeasures.Pmi(1, 5, 5, 10) < 0);
    }

    [Fact]
    public void Measures_TakeTheirLimits_WhenNeverOrAlwaysTogether()
    {
        Assert.Equal(double.NegativeInfinity, AssociationMeasures.Pmi(0, 3, 4, 10));
        Assert.Equal(-1, AssociationMeasures.Npmi(0, 3, 4, 10));
        Assert.Equal(0, AssociationMeasures.Jaccard(0, 3, 4));
        Assert.Equal(1, AssociationMeasures.Jaccard(6, 6, 6));
    }

    [Fact]
    public void Npmi_IsNotANumber_WhenBothAreInEveryWindow()
    {
        // One article, article level: together, but nothing to compare with.
        Assert.True(double.IsNaN(AssociationMeasures.Npmi(1, 1, 1, 1)));
        Assert.Equal(0, AssociationMeasures.Pmi(1, 1, 1, 1));
    }

    [Theory]
    [InlineData(3, 2, 5, 10)] // both > a
    [InlineData(1, 5, 7, 10)] // a + b - both > total
    [InlineData(-1, 2, 2, 10)]
    [InlineData(1, 11, 2, 10)] // a > total
    public void Measures_Throw_WhenTheCountsCannotComeFromOneCorpus(int both, int a, int b, int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssociationMeasures.Pmi(both, a, b, total));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssociationMeasures.LogLikelihood(both, a, b, total));
    }
}
