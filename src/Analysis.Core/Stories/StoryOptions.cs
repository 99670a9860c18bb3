namespace Analysis.Core.Stories;

/// <summary>
/// Thresholds of <see cref="StoryDetector"/>. The defaults were set on the demo seeds and on hand-written
/// pairs of articles (same event from two outlets, two events on one day, the same text weeks apart); a
/// corpus of another region or period may want the thresholds checked on a sample read by hand.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>
    /// How many days may separate a document's dates from a story's for it to join: outlets report an
    /// event on the day or within a couple of days, and a weekly's recap may come later. A month-dated
    /// document covers its whole month. Default 3.
    /// </summary>
    public int MaxGapDays { get; init; } = 3;

    /// <summary>
    /// The longest span, in days, of a story's day-dated documents. Without it, a topic reported every
    /// other day (a siege, a campaign) would chain into one story spanning months. Default 14.
    /// </summary>
    public int MaxStoryDays { get; init; } = 14;

    /// <summary>
    /// The combined score (see <see cref="TextWeight"/>) a document needs to join a story when both are
    /// dated to the day or the month. Reports of one event by two outlets scored 0.37–0.52 on the seeds and
    /// test articles, two events of the same day naming the same leaders 0.14, with the few documents of a
    /// test. As the stream grows, the IDF discounts the beat's shared words and country actors, so unrelated
    /// articles of the beat should score lower than they do among a handful of documents; check the
    /// threshold on a hand-read sample of a large corpus. Default 0.3.
    /// </summary>
    public double Threshold { get; init; } = 0.3;

    /// <summary>
    /// The combined score a document needs to join a story when either is undated or dated only to the
    /// year: nothing in the dates supports the match, so only a rewrite or near-copy of the same report
    /// should join, not another article of the same beat (rewrites scored above 0.9, an article on the same
    /// theme with the same actors 0.45). Default 0.6.
    /// </summary>
    public double UndatedThreshold { get; init; } = 0.6;

    /// <summary>
    /// Weight of the text signal (IDF-weighted cosine of content words) in the combined score. Text carries
    /// the event ("attaque", "convoi" against "sommet", "communiqué"); actors alone cannot tell two events
    /// of the same leaders on the same day apart. Default 0.6.
    /// </summary>
    public double TextWeight { get; init; } = 0.6;

    /// <summary>
    /// Weight of the actor signal (IDF-weighted cosine of actor ids, places included) in the combined
    /// score. Actors survive rewording: "le Président GOÏTA" and "Assimi Goïta" are one id, where the words
    /// differ. When the document or the story has no actor, the text signal is the score. Default 0.4.
    /// </summary>
    public double ActorWeight { get; init; } = 0.4;

    /// <summary>
    /// Content words kept per document and per story profile, the heaviest by frequency × IDF. Enough to
    /// hold an event's particulars (places, numbers, the act), few enough that a story costs a few hundred
    /// bytes whatever its length. Default 50.
    /// </summary>
    public int MaxTerms { get; init; } = 50;

    /// <summary>Actors kept per document and per story profile, the heaviest by mentions × IDF. Default 30.</summary>
    public int MaxActors { get; init; } = 30;

    /// <summary>
    /// How many of a story's heaviest content words it is indexed under, with its actors, and how many of
    /// a document's are looked up, with its actors, to find the stories it is compared with. More finds
    /// more candidates at the cost of memory per story and comparisons per document. Default 15.
    /// </summary>
    public int IndexTerms { get; init; } = 15;

    /// <summary>
    /// Stories kept open to new articles. When more are open, the one that has gone longest without an
    /// article (in input order) is closed: it keeps its articles, dates and id, but no later article can
    /// join it, and its profile and index entries are freed. This is what keeps memory flat on a corpus of
    /// millions; it only matters when the input order strays far from date order (a story's articles are
    /// normally days apart). Default 20,000 (about 80 MB of open profiles).
    /// </summary>
    public int MaxOpenStories { get; init; } = 20_000;

    /// <summary>
    /// Stories of its weeks a dated document is compared with at most: those sharing the most indexed keys
    /// with it (the latest first on a tie). Without a limit, a document of a dense week would be compared
    /// with every story that shares one word with it, and each document would cost more than the last.
    /// The stories its dates cannot support are limited apart (<see cref="MaxUndatedCandidates"/>).
    /// Default 100.
    /// </summary>
    public int MaxCandidates { get; init; } = 100;

    /// <summary>
    /// Of the stories a document is compared with that its dates cannot support (a story undated or dated
    /// only to the year; any story, for a document undated or dated only to the year), at most this many: those sharing the most indexed
    /// keys with it. Such a match needs <see cref="UndatedThreshold"/>, the score of a rewrite, and a
    /// rewrite shares most of its heaviest words and actors. When one limit held for both, a dated document
    /// of a large corpus was compared with up to a hundred undated stories sharing a word or two (at 60,000
    /// generated articles, 98 % of its comparisons, fewer than one in a thousand of them a match), and
    /// those could crowd out the stories of its own week. Default 20.
    /// </summary>
    public int MaxUndatedCandidates { get; init; } = 20;
}
