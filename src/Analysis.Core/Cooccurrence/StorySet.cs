namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The distinct stories a tie was seen in. Most ties of a month are seen in one story only, so that one is
/// held inline (a value in the tie's own entry, no allocation); from the second story on they are a sorted
/// array of story numbers (no list object around it), four bytes a story instead of a hash-set entry, which
/// matters because a frequent tie of the whole-corpus period is seen in most stories. Stories are numbered in
/// order of creation and documents mostly arrive in that order, so an insertion is nearly always an append.
/// A story that is closed can get no more articles, so it can never be added again: <see cref="Forget"/>
/// lets go of closed stories and keeps only how many there were, which keeps a long run's sets to the
/// stories still open.
/// </summary>
/// <remarks>A mutable struct: keep it in a field and update it in place (through a reference), never a copy.</remarks>
internal struct StorySet
{
    // The one story while _many is null; the number of stories forgotten once _many is an array (forgetting
    // always leaves an array, so the inline story and the count never need to be held at once).
    private int _only;
    private int[]? _many;

    /// <summary>Distinct stories added, forgotten ones included.</summary>
    public int Count { get; private set; }

    // Stories held: all of them inline, or those in the array.
    private readonly int Held => _many is null ? Count : Count - _only;

    /// <summary>Counts <paramref name="story"/>, unless it was counted already.</summary>
    public void Add(int story)
    {
        if (_many is null)
        {
            if (Count == 0)
            {
                _only = story;
                Count = 1;
            }
            else if (story != _only)
            {
                _many = story > _only ? [_only, story, 0, 0] : [story, _only, 0, 0];
                _only = 0;
                Count = 2;
            }

            return;
        }

        var held = Held;
        var at = held == 0 || story > _many[held - 1] ? ~held : Array.BinarySearch(_many, 0, held, story);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        if (held == _many.Length)
        {
            Array.Resize(ref _many, Math.Max(4, _many.Length * 2));
        }

        Array.Copy(_many, at, _many, at + 1, held - at);
        _many[at] = story;
        Count++;
    }

    /// <summary>Lets go of the stories that <paramref name="closed"/> marks (by story number), still counted.</summary>
    public void Forget(IReadOnlyList<bool> closed)
    {
        if (_many is null)
        {
            if (Count == 1 && closed[_only])
            {
                (_many, _only) = ([], 1);
            }

            return;
        }

        var held = Held;
        var kept = 0;
        for (var i = 0; i < held; i++)
        {
            if (!closed[_many[i]])
            {
                _many[kept++] = _many[i];
            }
        }

        _only += held - kept;
        // A large array mostly emptied is given back.
        if (kept <= _many.Length / 4)
        {
            Array.Resize(ref _many, kept);
        }
    }
}
