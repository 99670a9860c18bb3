using Analysis.Core.Corpus.Formats;

namespace Analysis.Core.Tests.Corpus.Formats;

/// <summary>Front matter blocks found malformed by fuzzing: each must read as "no front matter", never throw.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("---\n---")]
    [InlineData("---\n---\nLe Mali et le Niger signent un accord.")]
    public void TryRead_ReturnsFalse_WhenTheBlockIsEmpty(string text)
    {
        Assert.False(FrontMatter.TryRead(text, out _, out var length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void TryRead_ReturnsFalse_WhenTheYamlParserThrowsSomethingElseThanAYamlException()
    {
        // YamlDotNet's scanner throws InvalidOperationException here (compare aaubry/YamlDotNet#541).
        Assert.False(FrontMatter.TryRead("---\n: [\nr\n---", out _, out _));
    }
}
