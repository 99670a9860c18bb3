using Analysis.Core.Text;

namespace Analysis.Core.Tests.Text;

public class LengthPreservingFoldingTests
{
    [Theory]
    [InlineData("Août", "aout")]
    [InlineData("DÉCEMBRE", "decembre")]
    [InlineData("févr.", "fevr.")]
    [InlineData("1ᵉʳ", "1er")]
    [InlineData("Maïmouna Ménaka", "maimouna menaka")]
    [InlineData("n° 2023-08", "n° 2023-08")]
    [InlineData("½ ²", "½ ²")]
    public void Fold_LowersAndStripsAccents_WhenKeepingLength(string text, string expected)
    {
        var folded = LengthPreservingFolding.Fold(text);

        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }
}
