namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The distinct stories a tie was seen in. Most ties of a month are seen in one story only, so that one is
/// held inline (a value in the tie's own entry, no allocation); from the second story on they are a sorted
/// list of story numbers, four bytes a story instead of a hash-set entry, which matters because a frequent
/// tie of the whole-corpus period is seen in most stories. Stories are numbered in order of creation and
/// documents mostly arrive in that order, so an insertion is nearly always an append.
/// </summary>
/// <remarks>A mutable struct: keep it in a field and update it in place (through a reference), never a copy.</remarks>
internal struct StorySet
{
    private int _only;
    private List<int>? _many;

    /// <summary>How many distinct stories.</summary>
    public int Count { get; private set; }

    /// <summary>Adds story number <paramref name="story"/>, once.</summary>
    public void Add(int story)
    {
        if (Count == 0)
        {
            _only = story;
            Count = 1;
            return;
        }

        if (_many is null)
        {
            if (story != _only)
            {
                _many = story > _only ? [_only, story] : [story, _only];
                Count = 2;
            }

            return;
        }

        if (story > _many[^1])
        {
            _many.Add(story);
        }
        else if (_many.BinarySearch(story) is var index && index < 0)
        {
            _many.Insert(~index, story);
        }

        Count = _many.Count;
    }
}
