using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Tests.Cooccurrence;

public sealed class StorySetTests
{
    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 4 }, 1)]
    [InlineData(new[] { 4, 4, 4 }, 1)]
    [InlineData(new[] { 4, 2 }, 2)]
    [InlineData(new[] { 4, 2, 4, 2 }, 2)]
    [InlineData(new[] { 1, 2, 3, 2, 9, 5, 1, 5 }, 5)]
    [InlineData(new[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 0, 5 }, 10)]
    [InlineData(new[] { 0, 10, 5, 15, 2, 12, 7, 17, 1, 11, 6, 16, 3, 13, 8, 18, 17, 3 }, 16)]
    public void Add_CountsEachStoryOnce_WhateverTheOrder(int[] stories, int distinct)
    {
        var set = default(StorySet);
        foreach (var story in stories)
        {
            set.Add(story);
        }

        Assert.Equal(distinct, set.Count);
    }
}
