using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Resolution;

namespace Analysis.Core.Tests.Actors.Resolution;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Moussa Saloua Barmou", "Moussa Salaoua Barmou")]
    [InlineData("Moussa Saloua Barmou", "Moussa Salaou Barmou")]
    [InlineData("Moussa Salaoua Barmou", "Moussa Salaou Barmou")]
    [InlineData("Moussa Saloua BARMOU", "Moussa Salaou Barmou")]
    [InlineData("Simporé Célestin", "Célestin Simporé")]
    [InlineData("Assimi GOÏTA", "Assimi Goita")]
    [InlineData("Amadou Coulibaly", "Amadou Koulibaly")]
    [InlineData("Moussa Barmou", "Moussa Salaou Barmou")]
    public void AreVariants_ReturnsTrue_WhenTheNamesAreSpellingsOfOnePerson(string a, string b)
    {
        Assert.True(NameVariants.AreVariants(Keys(a), Keys(b)));
        Assert.True(NameVariants.AreVariants(Keys(b), Keys(a)));
    }

    [Theory]
    [InlineData("Kassoum Coulibaly", "Mamadou Coulybali")]
    [InlineData("Kassoum Coulibaly", "Mamadou Coulibaly")]
    [InlineData("Ibrahim Traoré", "Ibrahima Traoré")]
    [InlineData("Ali Ba", "Ali Bah")]
    [InlineData("Moussa Saloua Ibrahim Barmou", "Moussa Salaoua Ibrahima Barmou")]
    [InlineData("Moussa Saloua Barmou", "Moussa Salaoua Barmoou")]
    [InlineData("Ahmed Musa Diallo", "Ahmed Moussa Diallo")]
    [InlineData("Moussa Salaou Barmou", "Moussa Abdou Barmou")]
    [InlineData("Moussa Barmou", "Moussa Salaou Barmu")]
    [InlineData("Barmou", "Moussa Barmou")]
    [InlineData("Moussa Barmou", "Moussa Salaou Ibrahim Barmou")]
    public void AreVariants_ReturnsFalse_WhenTheNamesMayBeDifferentPeople(string a, string b)
    {
        Assert.False(NameVariants.AreVariants(Keys(a), Keys(b)));
        Assert.False(NameVariants.AreVariants(Keys(b), Keys(a)));
    }

    [Theory]
    [InlineData("barmou", "barmou", 0)]
    [InlineData("saloua", "salaoua", 1)]
    [InlineData("salaou", "saloua", 2)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("coulibaly", "coulybali", 2)]
    [InlineData("ca", "abc", 3)]
    public void Distance_CountsEditsWithAdjacentTranspositions_WhenComparingTwoWords(string a, string b, int expected)
    {
        Assert.Equal(expected, NameVariants.Distance(a, b));
        Assert.Equal(expected, NameVariants.Distance(b, a));
    }

    private static string[] Keys(string name) => TokenList.Keys(name);
}
