using Analysis.Core.Corpus;

namespace Analysis.Core.Tests.Corpus;

/// <summary>Ids are the first 64 bits of the SHA-256 of the UTF-8 text with whitespace runs collapsed: they must never change.</summary>
public sealed class DocumentIdTests
{
    [Theory]
    [InlineData("Le Mali, 2024 : é 🇲🇱 fin", "aad468e284f6693c")]
    [InlineData("  Le Mali,\n\n2024 :\té 🇲🇱   fin \r\n", "aad468e284f6693c")]
    [InlineData("a", "ca978112ca1bbdca")]
    public void Of_IsTheHashOfTheCollapsedText_WhenWhitespaceVaries(string text, string expected) =>
        Assert.Equal(expected, DocumentId.Of(text));

    [Fact]
    public void Of_IsTheSame_WhenTheTextIsLongerThanAnyStackBuffer()
    {
        var text = string.Concat(Enumerable.Repeat("Assimi Goïta  à Bamako.\n", 20_000));

        Assert.Equal(DocumentId.Of(text.Replace("  ", " ", StringComparison.Ordinal).Replace('\n', ' ')), DocumentId.Of(text));
    }

    [Fact]
    public void Key_IsTheIdsOwnBits_WhenTheIdIsAHashThisClassMade() =>
        Assert.Equal(0xaad468e284f6693cUL, DocumentId.Key("aad468e284f6693c"));

    [Theory]
    [InlineData("AAD468E284F6693C")] // the same digits in capitals: another id
    [InlineData("d1")]
    [InlineData("story-aad468e284f6693c")]
    public void Key_IsNotTheHashsBits_WhenTheIdWasMadeElsewhere(string id) =>
        Assert.NotEqual(0xaad468e284f6693cUL, DocumentId.Key(id));

    [Fact]
    public void Key_IsTheStableHash_WhenTheIdWasMadeInCode() =>
        Assert.Equal(0xcc5681690b7d9e18UL, DocumentId.Key("d1")); // FNV-1a 64 of 'd', 0, '1', 0, worked out by hand

    [Fact]
    public void Key_Differs_WhenAShorterIdWouldParseToTheSameBits() =>
        Assert.NotEqual(DocumentId.Key("0aad468e284f6693"), DocumentId.Key("aad468e284f6693"));

    [Fact]
    public void Key_Differs_WhenThousandsOfIdsAreMadeInCode()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => DocumentId.Key($"doc-{i}")).ToHashSet();

        Assert.Equal(10_000, keys.Count);
    }
}
