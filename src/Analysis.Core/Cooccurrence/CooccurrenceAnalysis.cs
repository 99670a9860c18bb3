using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Core.Stories;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Who appears with whom, and how that changes: the co-occurrence of a set of extracted documents in one
/// call, what a notebook explores. Ties per period and window with their measures, the evidence behind
/// each tie, networks per period and the changes between periods.
/// </summary>
public sealed class CooccurrenceAnalysis
{
    private readonly IReadOnlyDictionary<string, string> _storyOf;

    private CooccurrenceAnalysis(ActorAnalysis actors, CooccurrenceOptions options, CooccurrenceCounts counts, IReadOnlyList<Story> stories, IReadOnlyDictionary<string, string> storyOf)
    {
        Actors = actors;
        Options = options;
        Counts = counts;
        Stories = stories;
        _storyOf = storyOf;
    }

    /// <summary>The actors the ties are between.</summary>
    public ActorAnalysis Actors { get; }

    /// <summary>The options counted with.</summary>
    public CooccurrenceOptions Options { get; }

    /// <summary>The counts: every tie, actor presence, periods, undated articles.</summary>
    public CooccurrenceCounts Counts { get; }

    /// <summary>The stories, in order of their first article.</summary>
    public IReadOnlyList<Story> Stories { get; }

    /// <summary>The documents, each with its story id.</summary>
    public IEnumerable<Document> Documents => Actors.Documents.Select(d => d.Document with { StoryId = StoryOf(d.Document.Id) });

    /// <summary>Every tie, by period, window, then strongest first.</summary>
    public IReadOnlyList<CooccurrenceRow> Pairs => Counts.Rows;

    /// <summary>Counts the co-occurrence of <paramref name="actors"/>' documents with <paramref name="options"/>
    /// (every period unit and window, persons, organizations and countries, when null).</summary>
    public static CooccurrenceAnalysis Run(ActorAnalysis actors, CooccurrenceOptions? options = null, StoryOptions? storyOptions = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        options ??= CooccurrenceOptions.Default;
        var accumulator = new CooccurrenceAccumulator(actors.Dictionary, options, storyOptions);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in actors.Documents)
        {
            storyOf[document.Document.Id] = accumulator.Add(document);
        }

        return new CooccurrenceAnalysis(actors, options, accumulator.Complete(), accumulator.Stories, storyOf);
    }

    /// <summary>The same documents, in the same stories, counted with other options (a date range,
    /// persons only, roll-up, a focus actor).</summary>
    public CooccurrenceAnalysis With(CooccurrenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var counter = new CooccurrenceCounter(Actors.Dictionary, options);
        foreach (var document in Actors.Documents)
        {
            counter.Add(document, StoryOf(document.Document.Id));
        }

        return new CooccurrenceAnalysis(Actors, options, counter.Complete(), Stories, _storyOf);
    }

    /// <summary>The ego network of one actor (id or canonical name, case and accents ignored).</summary>
    /// <exception cref="ArgumentException">No actor of that id or name takes part in these counts.</exception>
    public CooccurrenceAnalysis Ego(string focus)
    {
        var ego = With(Options with { Focus = focus });
        return ego.Counts.Focus is null
            ? throw new ArgumentException($"No actor '{focus}' takes part in these counts; give an actor_id or a name as in actors.csv.", nameof(focus))
            : ego;
    }

    /// <summary>The story of a document.</summary>
    public string StoryOf(string documentId) => _storyOf.GetValueOrDefault(documentId, string.Empty);

    /// <summary>The ties of one period unit and window.</summary>
    public IEnumerable<CooccurrenceRow> PairsOf(PeriodUnit unit = PeriodUnit.Month, CooccurrenceWindow window = CooccurrenceWindow.Sentence) =>
        Counts.RowsOf(unit, window);

    /// <summary>The passages behind the tie of two actors (ids or canonical names), in corpus order.</summary>
    public IReadOnlyList<TieEvidence> Evidence(string actor, string other, CooccurrenceWindow? window = null)
    {
        var tie = Counts.Tie(actor, other).FirstOrDefault();
        if (tie is null)
        {
            return [];
        }

        var finder = new EvidenceFinder(Actors.Dictionary, Options);
        return [.. Actors.Documents
            .Where(d => d.Mentions.Count > 1)
            .SelectMany(d => finder.Find(d, StoryOf(d.Document.Id)))
            .Where(e => e.Pair == tie.Pair && (window is null || e.Window == window))];
    }

    /// <summary>Degree, strength, betweenness and community of every actor in each period.</summary>
    public IReadOnlyList<NetworkRow> Network(NetworkOptions? options = null) => NetworkMeasures.Of(Counts, options);

    /// <summary>Ties that appear, strengthen, weaken or vanish, actors that emerge or disappear and titles
    /// that change, between consecutive periods.</summary>
    public IReadOnlyList<PeriodChange> Changes(NetworkOptions? options = null, double minimumRatio = 1.5) =>
        ChangeDetector.Compare(Counts, Actors.Titles, options, minimumRatio);
}
