namespace Analysis.Core.Stories;

/// <summary>
/// The posting lists of <see cref="StoryIndex"/>: for each list, the stories listed under one key (and
/// week), in blocks carved out of one shared integer array. A list starts with a block of one story and
/// each further block doubles, up to <see cref="MaxBlock"/>, so a list of one story costs four integers
/// and a list of a thousand is read in a few runs of adjacent memory rather than a thousand scattered
/// entries: an undated document of a large corpus walks tens of thousands of postings, and walking a
/// chain of single entries through a pool of millions was a cache miss each.
/// </summary>
/// <remarks>
/// A block is laid out as [next block, count, capacity, story, story, ...]; a list is known by its
/// newest block, which is where stories are added. The order in which a list gives its stories back is
/// not the order they were added in.
/// </remarks>
internal sealed class PostingPool
{
    /// <summary>The head of a list that has no postings yet, and the end of every list.</summary>
    public const int None = -1;

    private const int MaxBlock = 64;
    private const int Header = 3;

    private int[] _pool = new int[1024];
    private int _used;

    /// <summary>Stories listed, over all lists.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="story"/> to the list whose newest block is <paramref name="head"/>
    /// (<see cref="None"/> for a new list), and returns the list's newest block afterwards.</summary>
    public int Add(int head, int story)
    {
        if (head == None || _pool[head + 1] == _pool[head + 2])
        {
            var capacity = head == None ? 1 : Math.Min(2 * _pool[head + 2], MaxBlock);
            head = NewBlock(head, capacity);
        }

        _pool[head + Header + _pool[head + 1]++] = story;
        Count++;
        return head;
    }

    /// <summary>The stories of <paramref name="block"/>, and in <paramref name="next"/> the list's next block
    /// (<see cref="None"/> after the last).</summary>
    public ReadOnlySpan<int> Block(int block, out int next)
    {
        next = _pool[block];
        return _pool.AsSpan(block + Header, _pool[block + 1]);
    }

    /// <summary>Drops every list.</summary>
    public void Clear()
    {
        _used = 0;
        Count = 0;
    }

    private int NewBlock(int next, int capacity)
    {
        var size = Header + capacity;
        if (_used + size > _pool.Length)
        {
            Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _used + size));
        }

        var block = _used;
        _used += size;
        _pool[block] = next;
        _pool[block + 1] = 0;
        _pool[block + 2] = capacity;
        return block;
    }
}
