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

    [Fact]
    public void Forget_KeepsTheCount_AndGoesOnCountingTheOpenStories()
    {
        var closed = new bool[10];
        var set = default(StorySet);
        foreach (var story in new[] { 1, 2, 3, 4, 5 })
        {
            set.Add(story);
        }

        closed[1] = closed[3] = true;
        set.Forget(closed);
        set.Add(2);
        set.Add(5);
        Assert.Equal(5, set.Count);

        set.Add(6);
        set.Add(0);
        Assert.Equal(7, set.Count);
    }

    [Fact]
    public void Forget_CountsTheOneStoryHeldInline_AfterItIsLetGo()
    {
        var closed = new bool[10];
        var set = default(StorySet);
        set.Add(7);

        closed[7] = true;
        set.Forget(closed);
        set.Forget(closed);
        Assert.Equal(1, set.Count);

        set.Add(8);
        set.Add(8);
        set.Add(9);
        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void Forget_LeavesNothingHeld_WhenEveryStoryClosed_AndCountsNewOnesAfter()
    {
        var closed = new bool[40];
        var set = default(StorySet);
        for (var story = 0; story < 30; story++)
        {
            set.Add(story);
            closed[story] = true;
        }

        set.Forget(closed);
        set.Add(35);
        set.Add(31);
        set.Add(35);
        Assert.Equal(32, set.Count);
    }
}
