namespace Analysis.Core.Stories;

/// <summary>
/// Past a limit, the candidate stories sharing the most keys with the document, the latest first on a tie:
/// in a dense week (or against the undated stories of a large corpus) comparing with every story that
/// shares one common word would make each document cost more than the last. Each story is ranked as one
/// number (keys shared, then index), which orders them as the two keys would, and kept in a heap of the
/// best so far, reused from one look-up to the next: thousands of stories may share a word, and sorting
/// them all was a tenth of the look-up.
/// </summary>
internal sealed class MostSharedStories
{
    private readonly PriorityQueue<int, long> _best = new();

    /// <summary>Adds to <paramref name="kept"/> the <paramref name="max"/> of <paramref name="stories"/> with the
    /// most shared keys (<paramref name="shared"/>, by story index), in no particular order; all of them when
    /// there are no more.</summary>
    public void AddTo(List<int> kept, List<int> stories, int[] shared, int max)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(shared);
        if (stories.Count <= max)
        {
            kept.AddRange(stories);
            return;
        }

        _best.Clear();
        foreach (var story in stories)
        {
            var rank = ((long)shared[story] << 32) | (uint)story;
            if (_best.Count < max)
            {
                _best.Enqueue(story, rank);
            }
            else if (_best.TryPeek(out _, out var lowest) && rank > lowest)
            {
                _best.DequeueEnqueue(story, rank);
            }
        }

        foreach (var (story, _) in _best.UnorderedItems)
        {
            kept.Add(story);
        }
    }
}
