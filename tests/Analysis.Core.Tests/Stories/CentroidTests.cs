using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>
/// A story profile's cosine with a document keeps the profile's norm from one comparison to the next while
/// the weights do not change: it must still be the cosine of the profile as it is now, under the weights
/// as they are now.
/// </summary>
public sealed class CentroidTests
{
    private static readonly ulong Koulouba = TermKey.OfTerm("koulouba");
    private static readonly ulong Securite = TermKey.OfTerm("securite");
    private static readonly ulong Embuscade = TermKey.OfTerm("embuscade");

    [Fact]
    public void Cosine_IsThatOfTheProfileAsItIsNow_WhenItTookADocumentSinceItWasLastCompared()
    {
        var frequencies = Frequencies(documents: 5000);
        var query = new WeightedQuery([Key(Koulouba, 1, 0), Key(Securite, 1, 1)], frequencies);
        var profile = new Centroid();
        profile.Add([Key(Koulouba, 1, 0), Key(Securite, 1, 1)], 50, frequencies);
        Assert.Equal(1, profile.Cosine(query, frequencies), 12);

        profile.Add([Key(Embuscade, 2, 0)], 50, frequencies);

        var fresh = new Centroid();
        fresh.Add([Key(Koulouba, 1, 0), Key(Securite, 1, 1)], 50, frequencies);
        fresh.Add([Key(Embuscade, 2, 0)], 50, frequencies);
        Assert.Equal(fresh.Cosine(query, frequencies), profile.Cosine(query, frequencies), 12);
        Assert.True(profile.Cosine(query, frequencies) < 0.9);
    }

    [Fact]
    public void Cosine_FollowsTheWeights_WhenTheyWereWorkedOutAgainSinceTheLastComparison()
    {
        var frequencies = Frequencies(documents: 50);
        var profile = new Centroid();
        profile.Add([Key(Koulouba, 1, 0), Key(Securite, 1, 1)], 50, frequencies);
        var before = profile.Cosine(new WeightedQuery([Key(Koulouba, 1, 0)], frequencies), frequencies);

        // "koulouba" turns common: its weight falls against "sécurité"'s, and so does the cosine of a
        // document naming only it.
        for (var i = 0; i < 50; i++)
        {
            frequencies.Add([Koulouba]);
        }

        var query = new WeightedQuery([Key(Koulouba, 1, 0)], frequencies);
        var fresh = new Centroid();
        fresh.Add([Key(Koulouba, 1, 0), Key(Securite, 1, 1)], 50, frequencies);
        Assert.Equal(fresh.Cosine(query, frequencies), profile.Cosine(query, frequencies), 12);
        Assert.True(profile.Cosine(query, frequencies) < before);
    }

    private static DocumentFrequencies Frequencies(int documents)
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 0; i < documents; i++)
        {
            frequencies.Add(i % 10 == 0 ? [Securite] : [TermKey.OfTerm("filler" + (i % 7))]);
        }

        return frequencies;
    }

    private static WeightedKey Key(ulong key, double weight, int order) => new(key, weight, order);
}
