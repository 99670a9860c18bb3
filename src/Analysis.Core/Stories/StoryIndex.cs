using System.Runtime.InteropServices;
using Analysis.Core.Corpus;

namespace Analysis.Core.Stories;

/// <summary>
/// Finds the stories a document could join without scanning them all: an inverted index from a key (an
/// actor id or a profile term) and a week to the stories that have the key and cover the week. A dated
/// document looks up its keys in the weeks its date, widened by the allowed gap, touches, so a candidate
/// shares at least one actor or term with it and is close in time; the date rule and the score then
/// decide. Undated stories are listed by key alone, and an undated document looks up every story by key.
/// </summary>
/// <remarks>
/// A story is listed under its actors and its heaviest few content words, not all the words of its profile:
/// a report of the same event shares an actor or one of its particulars (a place, a weapon, an act), and
/// the index is what costs most memory per story. Postings are only ever added: a story whose profile
/// dropped a key stays listed under it. A stale posting costs a wasted comparison, never a wrong match,
/// since candidates are de-duplicated and every one is checked again. The posting
/// lists are blocks of one shared integer array (<see cref="PostingPool"/>), because most keys of most
/// weeks list a single story and a list object per key would cost several times that. A closed
/// story (see <see cref="StoryOptions.MaxOpenStories"/>) is never a candidate again; once closed stories'
/// postings outnumber the open ones', the index is rebuilt from the open stories, so its size follows the
/// open stories, not the corpus.
/// </remarks>
internal sealed class StoryIndex
{
    private readonly Dictionary<(ulong Key, int Week), int> _byKeyAndWeek = [];
    private readonly Dictionary<ulong, int> _undatedByKey = [];
    private readonly Dictionary<ulong, int> _allByKey = [];
    private readonly PostingPool _postings = new();

    // Per story (by index): the keys it is listed under, sorted, and the weeks it is listed in (null while undated).
    private readonly List<ulong[]> _keys = [];
    private readonly List<WeekRange?> _weeks = [];
    // Per story: listed by week (dated). Read for every undated posting walked: a flag a byte, where the
    // story's weeks were twelve bytes of a list that outgrows the cache at a large corpus's story count.
    private readonly List<bool> _byWeek = [];
    private readonly List<int> _postingsOf = [];
    private readonly List<bool> _closed = [];

    // Per story: undated or dated only to the year, so its dates cannot support a match (DateFit.Weak),
    // even where it is listed by week.
    private readonly List<bool> _weakDates = [];

    // Reused by each look-up (one document at a time): the postings found per story, by story index, zero
    // between look-ups, and the stories found. Hot: an undated document of a large corpus walks thousands
    // of postings, and an array slot costs a fraction of a dictionary entry.
    private int[] _hits = [];
    private readonly List<int> _found = [];
    private readonly MostSharedStories _mostShared = new();

    // The look-up's pools and answer, reused likewise: a document of a large corpus finds about a thousand
    // stories, and three fresh lists each time were a third of what story assignment allocated.
    private readonly List<int> _dated = [];
    private readonly List<int> _weak = [];
    private readonly List<int> _candidates = [];
    private readonly List<ulong> _added = [];
    private int _openPostings;

    /// <summary>Postings held, for tests: they must follow the open stories.</summary>
    internal int Postings => _postings.Count;

    /// <summary>Stops listing the story with this index: it is no candidate any more.</summary>
    public void Close(int story)
    {
        if (story >= _keys.Count || _closed[story])
        {
            return;
        }

        _closed[story] = true;
        _openPostings -= _postingsOf[story];
        _keys[story] = [];
        SetWeeks(story, null);
        _postingsOf[story] = 0;
        if (_postings.Count > (2 * _openPostings) + 4096)
        {
            Rebuild();
        }
    }

    /// <summary>Lists <paramref name="story"/> under <paramref name="keys"/> and its current weeks; call after every change.</summary>
    public void Update(StoryProfile story, ReadOnlySpan<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.Index == _weeks.Count)
        {
            _keys.Add([]);
            _weeks.Add(null);
            _byWeek.Add(false);
            _postingsOf.Add(0);
            _closed.Add(false);
            _weakDates.Add(false);
        }

        _weakDates[story.Index] = story.Precision < DatePrecision.Month;
        var listed = _keys[story.Index];
        var old = _weeks[story.Index];
        var now = story.Interval is { } interval ? WeekRange.Of(interval, 0).Union(old) : old;

        // Keys already listed: the weeks the story now covers besides the old ones.
        if (now is { } widened && widened != old)
        {
            foreach (var key in listed)
            {
                for (var week = widened.First; week <= widened.Last; week++)
                {
                    if (!old.HasValue || week < old.Value.First || week > old.Value.Last)
                    {
                        Append(_byKeyAndWeek, (key, week), story.Index);
                    }
                }
            }
        }

        // The keys not listed yet, each once, in the order given.
        _added.Clear();
        foreach (var key in keys)
        {
            if (Array.BinarySearch(listed, key) < 0 && !_added.Contains(key))
            {
                _added.Add(key);
            }
        }

        List(story.Index, CollectionsMarshal.AsSpan(_added), now);
        SetWeeks(story.Index, now);
    }

    // The weeks and the flag read for undated postings change together, here only.
    private void SetWeeks(int story, WeekRange? weeks)
    {
        _weeks[story] = weeks;
        _byWeek[story] = weeks is not null;
    }

    // Lists a story under new keys, in every week it covers (or as undated), and remembers the keys.
    private void List(int story, ReadOnlySpan<ulong> added, WeekRange? now)
    {
        foreach (var key in added)
        {
            Append(_allByKey, key, story);
            if (now is { } weeks)
            {
                for (var week = weeks.First; week <= weeks.Last; week++)
                {
                    Append(_byKeyAndWeek, (key, week), story);
                }
            }
            else
            {
                Append(_undatedByKey, key, story);
            }
        }

        if (added.Length > 0)
        {
            var listed = _keys[story];
            var merged = new ulong[listed.Length + added.Length];
            listed.CopyTo(merged, 0);
            added.CopyTo(merged.AsSpan(listed.Length));
            Array.Sort(merged);
            _keys[story] = merged;
        }
    }

    // Lists the open stories afresh, dropping the postings of closed ones.
    private void Rebuild()
    {
        _byKeyAndWeek.Clear();
        _undatedByKey.Clear();
        _allByKey.Clear();
        _postings.Clear();
        _openPostings = 0;
        for (var story = 0; story < _keys.Count; story++)
        {
            var keys = _keys[story];
            _keys[story] = [];
            _postingsOf[story] = 0;
            if (!_closed[story])
            {
                List(story, keys, _weeks[story]);
            }
        }

        _byKeyAndWeek.TrimExcess();
        _undatedByKey.TrimExcess();
        _allByKey.TrimExcess();
    }

    /// <summary>
    /// The stories, by index in ascending order, listed under one of <paramref name="keys"/> near
    /// <paramref name="interval"/>, those sharing the most keys: at most <paramref name="max"/> whose dates
    /// and the document's can support a match (both dated to the month or the day), and at most
    /// <paramref name="maxUndated"/> others (undated or year-dated stories; every story, for a document
    /// undated or dated only to the year, <paramref name="yearOnly"/>). The list is reused: it holds the
    /// answer until the next look-up.
    /// </summary>
    public IReadOnlyList<int> Candidates(
        ReadOnlySpan<ulong> keys, DayInterval? interval, int gapDays, int max = int.MaxValue, int maxUndated = int.MaxValue, bool yearOnly = false)
    {
        if (_hits.Length < _keys.Count)
        {
            Array.Resize(ref _hits, Math.Max(_keys.Count, 2 * _hits.Length));
        }

        foreach (var key in keys)
        {
            if (interval is { } days)
            {
                var weeks = WeekRange.Of(days, gapDays);
                for (var week = weeks.First; week <= weeks.Last; week++)
                {
                    Collect(_byKeyAndWeek, (key, week));
                }

                Collect(_undatedByKey, key, skipDated: true);
            }
            else
            {
                Collect(_allByKey, key);
            }
        }

        // Two pools, each capped on its own: a candidate the dates cannot support can only join as a
        // rewrite, and a corpus holds thousands of undated one-article stories sharing a word with any document.
        var weakDocument = interval is null || yearOnly;
        var (dated, weak, open) = (_dated, _weak, _candidates);
        dated.Clear();
        weak.Clear();
        open.Clear();
        foreach (var story in _found)
        {
            if (!_closed[story])
            {
                (weakDocument || _weakDates[story] ? weak : dated).Add(story);
            }
        }

        _mostShared.AddTo(open, dated, _hits, max);
        _mostShared.AddTo(open, weak, _hits, maxUndated);

        foreach (var story in _found)
        {
            _hits[story] = 0;
        }

        _found.Clear();
        open.Sort();
        return open;
    }

    private void Append<TKey>(Dictionary<TKey, int> heads, TKey key, int story)
        where TKey : notnull
    {
        heads[key] = _postings.Add(heads.TryGetValue(key, out var head) ? head : PostingPool.None, story);
        _postingsOf[story]++;
        _openPostings++;
    }

    // Counts each story listed under the key once per posting: a story listed in two weeks the document
    // touches counts twice, which only favours stories close in time. A story that has been dated since it
    // was listed as undated is passed over there (skipDated): its weeks list it where it belongs.
    private void Collect<TKey>(Dictionary<TKey, int> heads, TKey key, bool skipDated = false)
        where TKey : notnull
    {
        var block = heads.TryGetValue(key, out var head) ? head : PostingPool.None;
        while (block != PostingPool.None)
        {
            foreach (var story in _postings.Block(block, out block))
            {
                if (skipDated && _byWeek[story])
                {
                    continue;
                }

                if (_hits[story]++ == 0)
                {
                    _found.Add(story);
                }
            }
        }
    }
}
