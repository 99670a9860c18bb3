using Analysis.Core.Corpus;

namespace Analysis.Core.Stories;

/// <summary>
/// What the detector keeps of one open story: its dates, truncated term and actor profiles, and the ids of
/// its documents — never their text, so memory grows with the number of stories, not with the articles'
/// length. A closed story is kept as its <see cref="Snapshot"/> instead.
/// </summary>
internal sealed class StoryProfile
{
    private readonly List<string> _documentIds = [];

    // Earliest and latest date of the story's documents, per precision (indexed by DatePrecision).
    private readonly DateRange?[] _dates = new DateRange?[4];

    /// <summary>A story with no document yet.</summary>
    public StoryProfile(string id, int index, string title)
    {
        Id = id;
        Index = index;
        Title = title;
    }

    /// <summary>The story's id.</summary>
    public string Id { get; }

    /// <summary>The story's index in order of creation.</summary>
    public int Index { get; }

    /// <summary>The first document's title.</summary>
    public string Title { get; }

    /// <summary>The content-word profile.</summary>
    public Centroid Terms { get; } = new();

    /// <summary>The actor profile.</summary>
    public Centroid Actors { get; } = new();

    /// <summary>
    /// The finest precision among the story's dates. The story is dated by its most precise reports: when
    /// two articles give 6 November 2024 and a third only "November 2024", the story is of 6 November,
    /// which is what the third article's month allows, not a widening of it.
    /// </summary>
    public DatePrecision Precision { get; private set; }

    /// <summary>
    /// The days the story covers at its finest precision, or null when it is undated. A month-dated report
    /// joining a day-dated story does not widen it to the month, which would let every later report of that
    /// month in.
    /// </summary>
    public DayInterval? Interval { get; private set; }

    /// <summary>The days its day-precision documents cover, or null when it has none.</summary>
    public DayInterval? DayHull { get; private set; }

    /// <summary>Adds a document to the story and re-truncates the profiles.</summary>
    public void Add(DocumentFeatures document, IReadOnlyList<WeightedKey> terms, IReadOnlyList<WeightedKey> actors, DocumentFrequencies frequencies, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        _documentIds.Add(document.Id);
        var date = document.Date;
        if (date.IsKnown)
        {
            var index = (int)date.Precision;
            _dates[index] = _dates[index] is { } range
                ? new DateRange(date < range.First ? date : range.First, date > range.Last ? date : range.Last)
                : new DateRange(date, date);
            // Worked out once here rather than at each of the hundreds of comparisons a story takes part in.
            Precision = FinestPrecision();
            Interval = IntervalOf(Precision);
            DayHull = IntervalOf(DatePrecision.Day);
        }

        Actors.Add(actors, options.MaxActors, frequencies);
        Terms.Add(terms, options.MaxTerms, frequencies);
    }

    /// <summary>Adds to <paramref name="keys"/> the keys the story is looked up by: all its profile's actors and
    /// its <paramref name="terms"/> heaviest content words.</summary>
    public void AddIndexKeys(int terms, DocumentFrequencies frequencies, List<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        keys.AddRange(Actors.Keys);
        keys.AddRange(Terms.Heaviest(terms, frequencies));
    }

    /// <summary>
    /// The story as a record, built on each call and not cached: a cached copy of every story's document
    /// ids would double what the detector holds.
    /// </summary>
    public Story Snapshot()
    {
        var dates = _dates[(int)Precision];
        return new Story(Id, _documentIds.Count, dates?.First ?? PartialDate.Unknown, dates?.Last ?? PartialDate.Unknown, Title, _documentIds.ToArray());
    }

    private DatePrecision FinestPrecision()
    {
        for (var precision = DatePrecision.Day; precision > DatePrecision.None; precision--)
        {
            if (_dates[(int)precision] is not null)
            {
                return precision;
            }
        }

        return DatePrecision.None;
    }

    private DayInterval? IntervalOf(DatePrecision precision) =>
        _dates[(int)precision] is { } range && range.First.FirstDay is { } first && range.Last.LastDay is { } last
            ? new DayInterval(first, last)
            : null;

    private readonly record struct DateRange(PartialDate First, PartialDate Last);
}
