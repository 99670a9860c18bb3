using Analysis.Core.Stories;

namespace Analysis.Core.Tests.Stories;

/// <summary>The candidate index's posting lists: each list gives back exactly its stories, however they were interleaved.</summary>
public sealed class PostingPoolTests
{
    [Fact]
    public void Block_GivesBackEachListsStories_WhenListsGrowInterleavedPastSeveralBlocks()
    {
        var pool = new PostingPool();
        var heads = new[] { PostingPool.None, PostingPool.None, PostingPool.None };
        var expected = new List<int>[] { [], [], [] };

        // List 0 gets 300 stories (blocks of 1, 2, 4 … 64, 64 …), list 1 every third, list 2 only one.
        for (var story = 0; story < 300; story++)
        {
            heads[0] = pool.Add(heads[0], story);
            expected[0].Add(story);
            if (story % 3 == 0)
            {
                heads[1] = pool.Add(heads[1], 1000 + story);
                expected[1].Add(1000 + story);
            }
        }

        heads[2] = pool.Add(heads[2], 7);
        expected[2].Add(7);

        for (var list = 0; list < heads.Length; list++)
        {
            Assert.Equal(expected[list], Read(pool, heads[list]).Order());
        }

        Assert.Equal(300 + 100 + 1, pool.Count);
    }

    [Fact]
    public void Block_GivesBackOnlyNewStories_WhenThePoolWasCleared()
    {
        var pool = new PostingPool();
        var head = PostingPool.None;
        for (var story = 0; story < 10; story++)
        {
            head = pool.Add(head, story);
        }

        pool.Clear();
        var fresh = pool.Add(PostingPool.None, 42);

        Assert.Equal([42], Read(pool, fresh));
        Assert.Equal(1, pool.Count);
    }

    private static List<int> Read(PostingPool pool, int head)
    {
        var stories = new List<int>();
        for (var block = head; block != PostingPool.None;)
        {
            stories.AddRange(pool.Block(block, out block).ToArray());
        }

        return stories;
    }
}
