using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Frames;

namespace Analysis.Core.Tests.Frames;

public sealed class EnumTextTests
{
    [Theory]
    [InlineData(ChangeKind.TieStrengthened, "tie_strengthened")]
    [InlineData(ChangeKind.TieAppeared, "tie_appeared")]
    public void Snake_PutsAnUnderscoreBetweenWords(ChangeKind kind, string expected) =>
        Assert.Equal(expected, EnumText.Snake(kind));

    [Fact]
    public void Snake_GivesTheSameString_EachTime()
    {
        // The point of the cache: a file's millions of cells share one string per value.
        Assert.Same(EnumText.Snake(ChangeKind.TieAppeared), EnumText.Snake(ChangeKind.TieAppeared));
    }

    [Fact]
    public void Lower_RunsWordsTogether()
    {
        Assert.Equal("organization", EnumText.Lower(ActorType.Organization));
        Assert.Equal("coreference", EnumText.Lower(MentionOrigin.Coreference));
    }

    [Fact]
    public void SnakeAndLower_WriteTheNumber_WhenTheValueHasNoName()
    {
        Assert.Equal("99", EnumText.Snake((ChangeKind)99));
        Assert.Equal("99", EnumText.Lower((ActorType)99));
    }
}
