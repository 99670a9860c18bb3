namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The distinct stories a tie was seen in. Most ties of a month are seen in one story only, so that one is
/// held inline (a value in the tie's own entry, no allocation); from the second story on they are a sorted
/// array of story numbers (no list object around it), four bytes a story instead of a hash-set entry, which matters because a frequent
/// tie of the whole-corpus period is seen in most stories. Stories are numbered in order of creation and
/// documents mostly arrive in that order, so an insertion is nearly always an append.
/// </summary>
/// <remarks>A mutable struct: keep it in a field and update it in place (through a reference), never a copy.</remarks>
internal struct StorySet
{
    private int _only;
    private int[]? _many;

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
                _many = story > _only ? [_only, story, 0, 0] : [story, _only, 0, 0];
                Count = 2;
            }

            return;
        }

        var at = story > _many[Count - 1] ? ~Count : Array.BinarySearch(_many, 0, Count, story);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        if (Count == _many.Length)
        {
            Array.Resize(ref _many, _many.Length * 2);
        }

        Array.Copy(_many, at, _many, at + 1, Count - at);
        _many[at] = story;
        Count++;
    }
}
