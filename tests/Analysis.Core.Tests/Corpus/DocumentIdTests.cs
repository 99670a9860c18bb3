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
}
