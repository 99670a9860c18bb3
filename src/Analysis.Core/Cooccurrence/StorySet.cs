namespace Analysis.Core.Cooccurrence;

/// <summary>
/// The distinct stories a tie was seen in, as a sorted list of story numbers: four bytes a story instead
/// of a hash-set entry, which matters because a frequent tie of the whole-corpus period is seen in most
/// stories. Stories are numbered in order of creation and documents mostly arrive in that order, so an
/// insertion is nearly always an append.
/// </summary>
internal sealed class StorySet
{
    private readonly List<int> _stories = [];

    public int Count => _stories.Count;

    public void Add(int story)
    {
        if (_stories.Count == 0 || story > _stories[^1])
        {
            _stories.Add(story);
            return;
        }

        var index = _stories.BinarySearch(story);
        if (index < 0)
        {
            _stories.Insert(~index, story);
        }
    }
}
